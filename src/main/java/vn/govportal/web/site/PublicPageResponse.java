package vn.govportal.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a public page kept by {@link PublicPageCache} is found for a request and sent back, the same
 * whether {@link CachedPageFilter} sends it at the front of the chain or {@link SiteRouter} after
 * rendering it.
 */
@ApplicationScoped
public class PublicPageResponse {

    /**
     * How long a browser or a shared cache in front (a CDN, a reverse proxy) may keep a public
     * page: by default browsers ask again each time (a 304 when nothing changed) and shared
     * caches keep it as long as this portal does, and serve it while they fetch it again.
     */
    @Inject
    @ConfigProperty(name = "govportal.http.cache-control", defaultValue = "public, max-age=0, s-maxage=10, stale-while-revalidate=30")
    private String cacheControl;

    @Inject
    private SiteOrigin origin;

    /** The key the page a request names is kept under. Only the parameters the route names make two pages different: junk ones add no cache entry. */
    public String key(RouteMatch route, HttpServletRequest request) {
        return route.cacheKey(request::getParameter) + origin.cacheKeyPart(request);
    }

    /**
     * The {@code Cache-Control} of public pages: as configured once the site's address is set;
     * until then a page names the host each request gave, and a cache shared by visitors (keyed
     * by the address alone) could hand one visitor's forged host to everyone: it may keep a page
     * only if it asks each time whether it is still current.
     */
    static String cacheControl(boolean addressConfigured, String configured) {
        return addressConfigured ? configured : "no-cache";
    }

    /**
     * Sends a page as a browser or a cache in front asked for it: gzipped if it takes gzip; with
     * its entity tag and the public pages' {@code Cache-Control}; or only "304 Not Modified" when
     * the copy it holds is this one.
     */
    public void send(HttpServletRequest request, HttpServletResponse response, PublicPageCache.Page page) throws IOException {
        boolean gzip = AcceptEncoding.allowsGzip(request.getHeader("Accept-Encoding"));
        response.setHeader("Cache-Control", cacheControl(origin.isConfigured(), cacheControl));
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("ETag", page.etag(gzip));
        if (page.matches(request.getHeader("If-None-Match"), gzip)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        byte[] body = gzip ? page.gzipped() : page.bytes();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
