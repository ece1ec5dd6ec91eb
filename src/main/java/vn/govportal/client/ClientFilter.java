package vn.govportal.client;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who sent a request, when the portal is published behind a reverse proxy (as every
 * department's portal is): the visitor's address, and whether they reached the site over TLS.
 * Only a proxy listed in {@code govportal.proxy.trusted} is believed; its {@code Forwarded}
 * (RFC 7239) or {@code X-Forwarded-For}/{@code -Proto}/{@code -Host} headers name the client,
 * read from the nearest hop back to the first address that is not itself a trusted proxy. From
 * anyone else those headers are ignored. The sign-in throttle, the audit log and the visit
 * counter all see the client this way ({@link #address}), and so does the rest of the chain
 * through the wrapped request.
 */
@WebFilter(filterName = "ClientFilter", urlPatterns = "/*")
public class ClientFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ClientFilter.class.getName());
    private static final String ADDRESS = "govportal.client.address";
    private static final String SECURE = "govportal.client.secure";
    private static final String HOST = "govportal.client.host";

    private TrustedProxies proxies = TrustedProxies.parse(null);

    @Override
    public void init(FilterConfig config) throws ServletException {
        String setting = ConfigProvider.getConfig(ClientFilter.class.getClassLoader())
                .getOptionalValue("govportal.proxy.trusted", String.class).orElse("");
        try {
            proxies = TrustedProxies.parse(setting);
        } catch (IllegalArgumentException e) {
            // A typo here must not let anyone forge addresses: trust no proxy, and say why once.
            LOG.log(Level.SEVERE, "govportal: govportal.proxy.trusted ignored, no proxy is trusted: {0}", e.getMessage());
        }
    }

    /** The client's address: the visitor's own, past a trusted proxy. */
    public static String address(ServletRequest request) {
        Object address = request.getAttribute(ADDRESS);
        return address instanceof String s ? s : request.getRemoteAddr();
    }

    /** Whether the client reached the portal over TLS, directly or through a trusted proxy. */
    public static boolean isSecure(ServletRequest request) {
        Object secure = request.getAttribute(SECURE);
        return secure instanceof Boolean b ? b : request.isSecure();
    }

    /** The host (and port, if any) the client asked for, as a trusted proxy says or the Host header has it. */
    public static String host(HttpServletRequest request) {
        Object host = request.getAttribute(HOST);
        return host instanceof String s ? s : request.getHeader("Host");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(ADDRESS) != null || !proxies.trusts(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        Forwarded forwarded = Forwarded.of(request, proxies);
        request.setAttribute(ADDRESS, forwarded.address());
        request.setAttribute(SECURE, forwarded.secure());
        if (forwarded.host() != null) {
            request.setAttribute(HOST, forwarded.host());
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return forwarded.address();
            }

            @Override
            public String getRemoteHost() {
                return forwarded.address();
            }

            @Override
            public boolean isSecure() {
                return forwarded.secure();
            }

            @Override
            public String getScheme() {
                return forwarded.secure() ? "https" : "http";
            }
        }, response);
    }

    /** What a trusted proxy says about the client. */
    record Forwarded(String address, boolean secure, String host) {

        static Forwarded of(HttpServletRequest request, TrustedProxies proxies) {
            List<String> hops = new ArrayList<>();
            String proto = null;
            String host = null;
            String standard = request.getHeader("Forwarded");
            if (standard != null) {
                for (String element : standard.split(",")) {
                    for (String pair : element.split(";")) {
                        int eq = pair.indexOf('=');
                        if (eq < 0) {
                            continue;
                        }
                        String name = pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                        String value = unquote(pair.substring(eq + 1).trim());
                        switch (name) {
                            case "for" -> hops.add(withoutPort(value));
                            case "proto" -> proto = value;
                            case "host" -> host = value;
                            default -> { }
                        }
                    }
                }
            } else {
                String forwardedFor = request.getHeader("X-Forwarded-For");
                if (forwardedFor != null) {
                    for (String hop : forwardedFor.split(",")) {
                        hops.add(withoutPort(hop.trim()));
                    }
                }
                proto = last(request.getHeader("X-Forwarded-Proto"));
                host = last(request.getHeader("X-Forwarded-Host"));
            }
            // From the nearest hop back: the first address that is not one of our proxies is the client.
            String client = request.getRemoteAddr();
            for (int i = hops.size() - 1; i >= 0; i--) {
                String hop = hops.get(i);
                if (TrustedProxies.literal(hop) == null) {
                    break; // "unknown" or an obfuscated name: nothing further back can be believed
                }
                client = hop;
                if (!proxies.trusts(hop)) {
                    break;
                }
            }
            boolean secure = proto == null ? request.isSecure() : "https".equalsIgnoreCase(proto.trim());
            return new Forwarded(client, secure, host == null || host.isBlank() ? null : host.trim());
        }

        /** The value the nearest proxy added, for headers a chain of proxies appends to. */
        private static String last(String header) {
            if (header == null) {
                return null;
            }
            String[] values = header.split(",");
            return values[values.length - 1].trim();
        }

        private static String unquote(String value) {
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
        }

        /** "192.0.2.1:4711" → "192.0.2.1", "[2001:db8::1]:4711" → "2001:db8::1". */
        private static String withoutPort(String hop) {
            if (hop.startsWith("[")) {
                int end = hop.indexOf(']');
                return end < 0 ? hop : hop.substring(1, end);
            }
            int colon = hop.indexOf(':');
            return colon >= 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
        }
    }
}
