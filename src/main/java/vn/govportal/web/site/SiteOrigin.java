package vn.govportal.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.client.ClientFilter;

/**
 * The absolute address of the public site, for what must name it in full: canonical links,
 * social previews, feeds and the sitemap. {@code govportal.site.url} gives it (the address
 * visitors use, e.g. {@code https://songoaivu.dongnai.gov.vn}); unset, it is taken from each
 * request (behind a trusted proxy, from what the proxy says), and then pages rendered for one
 * host are never served to another.
 */
@ApplicationScoped
public class SiteOrigin {

    private static final Logger LOG = Logger.getLogger(SiteOrigin.class.getName());
    /** A host name or address with an optional port, as a Host header may carry it; anything else is not believed. */
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");

    @Inject
    @ConfigProperty(name = "govportal.site.url")
    private Optional<String> configured;

    private String fixed;
    /** The last host found well-formed: nearly every request names the same one, and is not matched again. */
    private volatile String lastGoodHost;

    @PostConstruct
    void init() {
        fixed = configured.map(String::trim).filter(s -> !s.isEmpty()).map(SiteOrigin::checked).orElse(null);
    }

    /**
     * Whether the site's address is set: only then is a page the same whoever asks, whatever
     * host or forwarded headers the request carries, and a cache shared by visitors may keep it.
     */
    public boolean isConfigured() {
        return fixed != null;
    }

    /** A usable site address, without a trailing slash; a broken setting is reported and ignored. */
    static String checked(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getFragment() == null) {
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        LOG.warning(() -> "govportal: govportal.site.url is not an http(s) address (" + url
                + "); absolute links are taken from each request instead");
        return null;
    }

    /** The site's root as an absolute address, context path included, without a trailing slash. */
    public String base(HttpServletRequest request) {
        if (fixed != null) {
            return fixed;
        }
        String host = ClientFilter.host(request);
        if (host == null || !isHost(host)) {
            host = request.getServerName() + ":" + request.getServerPort(); // not a host name: what the server listens on
        }
        return (ClientFilter.isSecure(request) ? "https" : "http") + "://" + host.toLowerCase(Locale.ROOT) + request.getContextPath();
    }

    private boolean isHost(String host) {
        if (host.equals(lastGoodHost)) {
            return true;
        }
        if (!HOST.matcher(host).matches()) {
            return false;
        }
        lastGoodHost = host;
        return true;
    }

    /**
     * What a cached page's key must add so that a page naming one host is never served to
     * another: nothing when the address is configured.
     */
    public String cacheKeyPart(HttpServletRequest request) {
        return fixed != null ? "" : "|" + base(request);
    }
}
