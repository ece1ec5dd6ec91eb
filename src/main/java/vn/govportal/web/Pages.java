package vn.govportal.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalLong;
import vn.govportal.paging.PageNumbers;

/** How a public page's backing bean reads its request and ends it early. */
public final class Pages {

    /** The query parameter carrying the page number of a list: {@code ?trang=2}. */
    public static final String PAGE_PARAMETER = "trang";
    /** The request attribute naming the item a staff preview shows. */
    public static final String PREVIEW_ID = "govportal.preview";

    private Pages() {
    }

    /** The slug the router found in the URL. */
    public static String slug() {
        return (String) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(SiteRouter.SLUG);
    }

    /**
     * The item a staff preview shows (see PreviewServlet), or empty on the public site. Only
     * the preview servlet, behind the console's sign-in, sets it.
     */
    public static OptionalLong previewId() {
        Object id = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(PREVIEW_ID);
        return id instanceof Long value ? OptionalLong.of(value) : OptionalLong.empty();
    }

    /** The requested page number; empty if the parameter is not a number at all. */
    public static OptionalLong requestedPage() {
        return PageNumbers.parse(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get(PAGE_PARAMETER));
    }

    /** Ends the request with HTTP 404, which the friendly not-found page answers. */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, "Không tìm thấy trang");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /**
     * Ends the request with a temporary redirect (302) to the nearest valid address. Temporary,
     * because what is nearest changes as content is added: a browser must not remember it.
     */
    public static void redirectTo(String contextRelativeUrl) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.setResponseStatus(302);
        external.setResponseHeader("Location", external.getRequestContextPath() + contextRelativeUrl);
        context.responseComplete();
    }

    /** The URL of page {@code number} of a list at {@code baseUrl}; page 1 has no parameter. */
    public static String pageUrl(String baseUrl, int number) {
        return number <= 1 ? baseUrl : baseUrl + "?" + PAGE_PARAMETER + "=" + number;
    }
}
