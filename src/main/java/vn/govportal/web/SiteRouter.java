package vn.govportal.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.govportal.stats.VisitCounter;

/**
 * Maps the public site's clean URLs ({@code /bai-viet/tang-cuong-…}) onto its Facelets views,
 * counts the visit, and refuses anything that cannot name a page before it reaches the database.
 * The views themselves are reachable only through these URLs.
 */
@WebFilter(filterName = "SiteRouter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SiteRouter extends HttpFilter {

    /** The request attribute holding the slug a view was asked for. */
    public static final String SLUG = "govportal.slug";

    @Inject
    private VisitCounter visits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The decoded, normalised path too: "/%73ite/…", "/x/../site/…" and "/site;a=b/…" name the same folder.
        String servletPath = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith(SiteRoute.VIEW_FOLDER) || servletPath.startsWith(SiteRoute.VIEW_FOLDER)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<SiteRoute.Match> match = SiteRoute.match(path);
        if (match.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        SiteRoute.Match route = match.get();
        if (route.notFound()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        request.setAttribute(SLUG, route.slug());
        request.getRequestDispatcher(route.view()).forward(request, response);
        // A HEAD request checks a page, it does not read it: not a visit.
        if (response.getStatus() == HttpServletResponse.SC_OK && "GET".equals(request.getMethod())) {
            visits.pageView(visitor(request));
        }
    }

    /** Who is visiting, as far as a site without cookies can tell: address and browser. */
    private static String visitor(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return request.getRemoteAddr() + '|' + (agent == null ? 0 : agent.hashCode());
    }
}
