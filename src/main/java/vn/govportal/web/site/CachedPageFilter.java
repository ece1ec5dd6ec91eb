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
import java.util.Optional;
import vn.govportal.client.ClientFilter;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.database.DatabaseStatus;
import vn.govportal.web.BrowserPolicyFilter;

/**
 * Sends a public page that {@link PublicPageCache} holds as soon as the client is known, ahead of
 * the rest of the portal's filters: a visit to a page already rendered costs a lookup and the
 * write of its bytes, not a pass through every filter (the container does work of its own around
 * each) and the browser policy's response wrapper. It sends exactly what the chain would: the
 * browser policy's headers ({@link BrowserPolicyFilter.Headers}) and the page as
 * {@link PublicPageResponse} sends it. Anything else goes on down the chain untouched: a method
 * other than GET or HEAD, an address that names no page, a page not kept or past its time, the
 * database unavailable or out of reach (the maintenance page or the last copy kept, as
 * {@link SiteRouter} decides).
 */
@WebFilter(filterName = "CachedPageFilter", dispatcherTypes = DispatcherType.REQUEST)
public class CachedPageFilter extends HttpFilter {

    @Inject
    private PublicPageCache pages;

    @Inject
    private PublicPageResponse responses;

    @Inject
    private DatabaseStatus database;

    private BrowserPolicyFilter.Headers policy;

    @Override
    public void init() {
        policy = new BrowserPolicyFilter.Headers(getServletContext().getContextPath());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (("GET".equals(method) || "HEAD".equals(method)) && database.isAvailable() && database.isReachable()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            Optional<RouteMatch> match = PublicRoute.match(path);
            if (match.isPresent() && !match.get().notFound()) {
                // A page past its time is left to SiteRouter, which renders it once while others get the last copy.
                Optional<PublicPageCache.Page> page = pages.current(responses.key(match.get(), request), ClusterTime.now());
                if (page.isPresent()) {
                    policy.set(response, path, ClientFilter.isSecure(request));
                    responses.send(request, response, page.get());
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
