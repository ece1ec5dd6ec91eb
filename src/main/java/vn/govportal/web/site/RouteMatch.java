package vn.govportal.web.site;

import jakarta.faces.context.FacesContext;
import java.util.OptionalLong;
import java.util.function.Function;
import vn.govportal.paging.PageNumbers;
import vn.govportal.text.SiteLanguage;

/**
 * A request matched to a public page: which page, in which language, for which item; or, for
 * an address of the site that names nothing, a match without a route.
 */
public record RouteMatch(PublicRoute route, SiteLanguage language, String slug) {

    static final RouteMatch NOT_FOUND = new RouteMatch(null, null, null);

    /** The request attribute holding the match of the page being rendered. */
    public static final String ATTRIBUTE = "govportal.route";

    public boolean notFound() {
        return route == null;
    }

    public String cacheKey(Function<String, String> parameter) {
        return route.cacheKey(language, slug, parameter);
    }

    /** The page number a list was asked for; empty if the parameter is not a number at all. */
    public static OptionalLong requestedPage() {
        return PageNumbers.parse(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get(PublicRoute.PAGE));
    }

    /** The match of the page being rendered (set by the router; a staff preview sets its own). */
    public static RouteMatch current() {
        Object match = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(ATTRIBUTE);
        return match instanceof RouteMatch route ? route : new RouteMatch(PublicRoute.HOME, SiteLanguage.VI, null);
    }
}
