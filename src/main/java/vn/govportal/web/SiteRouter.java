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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

    @Inject
    private PublicPageCache pages;

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
        // Pages differ only by route, slug and page number; other query parameters do not change them.
        String key = route.view() + '|' + route.slug() + '|' + request.getParameter(Pages.PAGE_PARAMETER);
        Instant now = Instant.now();
        Optional<PublicPageCache.Page> cached = pages.get(key, now);
        if (cached.isPresent()) {
            response.setContentType(cached.get().contentType());
            send(request, response, PublicPageCache.withCounts(cached.get().html(), visits.counts()));
        } else {
            long generation = pages.generation();
            CapturedResponse captured = new CapturedResponse(response);
            boolean kept = false;
            try {
                request.getRequestDispatcher(route.view()).forward(request, captured);
                if (response.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
                    return; // a redirect or an error page went out as it was
                }
                String html = captured.body();
                pages.keep(key, html, response.getContentType(), generation, now);
                kept = true;
                send(request, response, html);
            } finally {
                if (!kept) {
                    pages.abandon(key);
                }
            }
        }
        // A HEAD request checks a page, it does not read it: not a visit.
        if ("GET".equals(request.getMethod())) {
            visits.pageView(visitor(request));
        }
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Who is visiting, as far as a site without cookies can tell: address and browser. */
    private static String visitor(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return request.getRemoteAddr() + '|' + (agent == null ? 0 : agent.hashCode());
    }
}
