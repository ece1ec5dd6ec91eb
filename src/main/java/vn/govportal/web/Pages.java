package vn.govportal.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/** How a page's backing bean ends its request early, and what a staff preview asks it to show. */
public final class Pages {

    /** The request attribute naming the item a staff preview shows. */
    public static final String PREVIEW_ID = "govportal.preview";

    private Pages() {
    }

    /**
     * The item a staff preview shows (see PreviewServlet), or empty on the public site. Only
     * the preview servlet, behind the console's sign-in, sets it.
     */
    public static OptionalLong previewId() {
        Object id = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(PREVIEW_ID);
        return id instanceof Long value ? OptionalLong.of(value) : OptionalLong.empty();
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
}
