package vn.govportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.govportal.client.ClientFilter;
import vn.govportal.media.MediaServlet;

/**
 * What the portal asks of the browser, on every answer, and what it accepts from it:
 * <ul>
 * <li>a Content-Security-Policy: on the public site no script but the portal's own files, no
 * inline style, no framing, set here and not changeable by anything the page runs; the
 * console's comes from PrimeFaces, which puts a nonce on each script it writes (see
 * {@code primefaces.CSP_POLICY} in web.xml), and any console answer that reaches the browser
 * without one gets the strict policy, so a component or error page cannot open a hole;</li>
 * <li>no sniffing of content types, a referrer that stays on the site, no camera or microphone,
 * no framing, HSTS when the visitor came over TLS (directly or through a trusted proxy);</li>
 * <li>staff pages never kept by a cache; cookies {@code SameSite=Lax}, and {@code Secure} over
 * TLS, even when TLS ends at the proxy (Payara writes its session cookie with neither);</li>
 * <li>only GET, HEAD and POST; a POST only from the portal's own pages (its {@code Origin}, or
 * failing that {@code Sec-Fetch-Site} or {@code Referer}): a sign-in or a console form sent
 * from another site is refused.</li>
 * </ul>
 */
@WebFilter(filterName = "BrowserPolicyFilter", urlPatterns = "/*")
public class BrowserPolicyFilter extends HttpFilter {

    /** Where browsers report what a policy blocked. */
    public static final String REPORT_PATH = "/csp-report";

    /** The public site's policy, and the one any answer without its own gets. */
    static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'; report-uri %s; report-to csp";

    static final String CSP = "Content-Security-Policy";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    private static final String ONE_YEAR = "max-age=31536000";

    private Headers headers;

    @Override
    public void init() {
        headers = new Headers(getServletContext().getContextPath());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean secure = ClientFilter.isSecure(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String policy = headers.set(response, path, secure);
        boolean console = Headers.isConsole(path);
        PolicyResponse policed = new PolicyResponse(response, secure, policy, !console);
        String method = request.getMethod();
        if (!METHODS.contains(method)) {
            policed.setHeader("Allow", "GET, HEAD, POST");
            policed.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if ("POST".equals(method) && !path.equals(REPORT_PATH) && !isSameOrigin(request, secure)) {
            policed.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, policed);
        policed.seal(); // an answer with no body (a 304, an empty 200) gets its headers here
    }

    /**
     * The headers this policy puts on an answer, with the strict policy and the report endpoint
     * for one context path worked out once, not per request. Also used where a cached public page
     * is sent before this filter runs ({@code CachedPageFilter}), so both send the same.
     */
    public static final class Headers {

        private final String strict;
        private final String strictFramedBySelf;
        private final String reportingEndpoints;

        public Headers(String contextPath) {
            String report = contextPath + REPORT_PATH;
            strict = String.format(Locale.ROOT, STRICT, report);
            strictFramedBySelf = strict.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
            reportingEndpoints = "csp=\"" + report + "\"";
        }

        static boolean isConsole(String path) {
            return path.startsWith("/admin/") || path.equals("/admin") || path.startsWith("/login.xhtml");
        }

        /**
         * Sets the headers for an answer to {@code path} (without the context path), for a client
         * that came over TLS or not, and returns the strict policy an answer there gets unless the
         * console sets its own.
         */
        public String set(HttpServletResponse response, String path, boolean secure) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(),"
                    + " magnetometer=(), microphone=(), payment=(), usb=()");
            // A PDF is shown inside the register's own page: only the portal's pages may frame it.
            boolean framedPdf = path.startsWith(MediaServlet.FOLDER) && path.toLowerCase(Locale.ROOT).endsWith(".pdf");
            response.setHeader("X-Frame-Options", framedPdf ? "SAMEORIGIN" : "DENY");
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            response.setHeader("Reporting-Endpoints", reportingEndpoints);
            // The listener gzips text for clients that take it (pre-boot-commands.asadmin): a cache
            // in front must keep each encoding apart, and the listener itself does not say so.
            response.setHeader("Vary", "Accept-Encoding");
            if (secure) {
                response.setHeader("Strict-Transport-Security", ONE_YEAR);
            }
            boolean console = isConsole(path);
            if (console) {
                response.setHeader("Cache-Control", "no-store");
            }
            String policy = framedPdf ? strictFramedBySelf : strict;
            if (!console) {
                response.setHeader(CSP, policy);
            }
            return policy;
        }
    }

    /**
     * Whether a form was sent from one of the portal's own pages. Browsers say where a POST comes
     * from in {@code Origin} (all current ones), else {@code Sec-Fetch-Site}, else {@code Referer};
     * a client that says nothing at all is not a browser another site could have used.
     */
    static boolean isSameOrigin(HttpServletRequest request, boolean secure) {
        String host = ClientFilter.host(request);
        if (host == null) {
            return false;
        }
        String own = (secure ? "https://" : "http://") + host.toLowerCase(Locale.ROOT);
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return sameOrigin(origin, own, secure);
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String referer = request.getHeader("Referer");
        return referer == null || sameOrigin(referer, own, secure);
    }

    private static boolean sameOrigin(String url, String own, boolean secure) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false; // "null" (a sandboxed or file page) or something unreadable
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int defaultPort = scheme.equals("https") ? 443 : 80;
            String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() < 0 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort());
            int ownDefault = secure ? 443 : 80;
            String ownNormal = own.endsWith(":" + ownDefault) ? own.substring(0, own.length() - (":" + ownDefault).length()) : own;
            return origin.equals(ownNormal);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Adds the strict policy if nothing else set one, and marks cookies {@code Secure} over TLS, at
     * the last moment before the headers go out. The session cookie is written by the container
     * itself, so it is found among the headers rather than caught when added.
     */
    static final class PolicyResponse extends HttpServletResponseWrapper {

        private final boolean secure;
        private final String strictPolicy;
        /** On the public site the policy set by the filter is final: nothing the page runs may loosen it. */
        private final boolean policyFixed;
        private boolean sealed;

        PolicyResponse(HttpServletResponse response, boolean secure, String strictPolicy, boolean policyFixed) {
            super(response);
            this.secure = secure;
            this.strictPolicy = strictPolicy;
            this.policyFixed = policyFixed;
        }

        @Override
        public void setHeader(String name, String value) {
            if (!(policyFixed && isPolicy(name))) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!(policyFixed && isPolicy(name))) {
                super.addHeader(name, value);
            }
        }

        private static boolean isPolicy(String name) {
            return name != null && name.toLowerCase(Locale.ROOT).startsWith("content-security-policy");
        }

        void seal() {
            if (sealed || isCommitted()) {
                return;
            }
            sealed = true;
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (!real.containsHeader(CSP)) {
                real.setHeader(CSP, strictPolicy);
            }
            List<String> cookies = new ArrayList<>(real.getHeaders("Set-Cookie"));
            List<String> hardened = cookies.stream().map(this::harden).toList();
            if (!hardened.equals(cookies)) {
                for (int i = 0; i < hardened.size(); i++) {
                    if (i == 0) {
                        real.setHeader("Set-Cookie", hardened.get(i)); // replaces them all
                    } else {
                        real.addHeader("Set-Cookie", hardened.get(i));
                    }
                }
            }
        }

        /** A cookie never sent with another site's forms or scripts, and only over TLS when the site is served over TLS. */
        private String harden(String setCookie) {
            String lower = setCookie.toLowerCase(Locale.ROOT);
            String result = setCookie;
            if (!lower.matches(".*;\\s*samesite=.*")) {
                result += "; SameSite=Lax";
            }
            if (secure && !lower.matches(".*;\\s*secure(;.*|\\s*)$")) {
                result += "; Secure";
            }
            return result;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            seal();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            seal();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            seal();
            super.flushBuffer();
        }

        /**
         * A redirect within the site stays relative: made absolute here it would name the scheme and
         * host the container sees, which behind a TLS proxy is plain HTTP on an inner address.
         */
        @Override
        public void sendRedirect(String location) throws IOException {
            seal();
            if (location != null && location.startsWith("/") && !location.startsWith("//")) {
                resetBuffer();
                setStatus(HttpServletResponse.SC_FOUND);
                setHeader("Location", location);
                flushBuffer();
            } else {
                super.sendRedirect(location);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            seal();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            seal();
            super.sendError(status);
        }
    }
}
