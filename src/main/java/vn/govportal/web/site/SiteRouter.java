package vn.govportal.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.database.DatabaseFailures;
import vn.govportal.database.DatabaseStatus;
import vn.govportal.database.MaintenancePage;
import vn.govportal.text.SiteLanguage;

/**
 * Maps the public site's clean URLs ({@code /bai-viet/tang-cuong-…}) onto its Facelets views,
 * renders and keeps in {@link PublicPageCache} what is not kept yet (a page kept already is
 * usually sent before this, by {@link CachedPageFilter}), serves the last copy kept while the
 * database is out of reach, and refuses anything that cannot name a page before it reaches the
 * database. The views themselves are reachable only through these URLs.
 */
@WebFilter(filterName = "SiteRouter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SiteRouter extends HttpFilter {

    private static final String ENGLISH_HOME_WITHOUT_SLASH = PublicRoute.HOME.url(SiteLanguage.EN, null).replaceAll("/$", "");

    @Inject
    private PublicPageCache pages;

    @Inject
    private PublicPageResponse responses;

    @Inject
    private DatabaseStatus database;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The decoded, normalised path too: "/%73ite/…", "/x/../site/…" and "/site;a=b/…" name the same folder.
        String servletPath = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith(PublicRoute.VIEW_FOLDER) || servletPath.startsWith(PublicRoute.VIEW_FOLDER)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (path.equals(ENGLISH_HOME_WITHOUT_SLASH)) {
            // "/en" typed by hand: the English home page is "/en/".
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + PublicRoute.HOME.url(SiteLanguage.EN, null));
            return;
        }
        Optional<RouteMatch> match = PublicRoute.match(path);
        if (match.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        RouteMatch route = match.get();
        if (route.notFound()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        request.setAttribute(RouteMatch.ATTRIBUTE, route);
        String key = responses.key(route, request);
        Instant now = ClusterTime.now();
        Optional<PublicPageCache.Page> cached = database.isReachable() ? pages.getOrClaim(key, now) : pages.lastCopy(key);
        if (cached.isPresent()) {
            responses.send(request, response, cached.get());
        } else if (!database.isReachable()) {
            // Rendering would only wait on the database: answer at once, and let the probe find it back.
            MaintenancePage.send(response, MaintenancePage.RETRY_AFTER_OUTAGE);
        } else {
            render(request, response, route, key, now);
        }
    }

    /**
     * Renders the page, keeps it and sends it (or, if the database fails meanwhile, the last copy
     * kept), unless something else went out instead: a redirect, an error or the maintenance page.
     */
    private void render(HttpServletRequest request, HttpServletResponse response, RouteMatch route, String key,
            Instant now) throws IOException, ServletException {
        long generation = pages.generation();
        CapturedResponse captured = new CapturedResponse(response);
        boolean kept = false;
        try {
            request.getRequestDispatcher(route.route().view()).forward(request, captured);
            if (response.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
                return; // a redirect or an error page went out as it was
            }
            PublicPageCache.Page page = pages.keep(key, captured.body(), response.getContentType(), generation, now);
            kept = true;
            responses.send(request, response, page);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseFailures.isUnreachable(e)) {
                throw e;
            }
            database.reportUnreachable(e);
            Optional<PublicPageCache.Page> last = pages.lastCopy(key);
            if (last.isEmpty()) {
                MaintenancePage.send(response, MaintenancePage.RETRY_AFTER_OUTAGE);
                return;
            }
            response.setStatus(HttpServletResponse.SC_OK);
            responses.send(request, response, last.get());
        } finally {
            if (!kept) {
                pages.abandon(key);
            }
        }
    }
}
