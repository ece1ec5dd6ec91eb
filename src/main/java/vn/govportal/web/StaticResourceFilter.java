package vn.govportal.web;

import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.govportal.web.site.AcceptEncoding;

/**
 * Style sheets, scripts and the other files Faces serves ({@code /jakarta.faces.resource/…}).
 * The portal's own ({@code site} and {@code admin}), asked for at the address this instance
 * gives them (their content's digest, {@link StaticResources}), are the same forever: browsers
 * and caches keep them for a year without asking again. Any other answer (another version, as
 * during an upgrade of several instances, or an error) is not. Text is gzipped for clients that
 * take it, each file once per deployment and then served from memory.
 */
@WebFilter(filterName = "StaticResourceFilter", urlPatterns = ResourceHandler.RESOURCE_IDENTIFIER + "/*")
public class StaticResourceFilter extends HttpFilter {

    static final String FOREVER = "public, max-age=31536000, immutable";
    private static final Set<String> OWN_LIBRARIES = Set.of("site", "admin");
    /** More than every file of the console and the site; past that, files are gzipped each time. */
    private static final int MOST_KEPT = 400;

    @Inject
    private StaticResources resources;

    /** By file and library: a file's bytes do not change while the portal runs, whatever version its address names. */
    private final Map<String, byte[]> gzipped = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String library = request.getParameter("ln");
        boolean forever = library != null && OWN_LIBRARIES.contains(library)
                && resources.getVersion().equals(request.getParameter("v"));
        response.setHeader("Vary", "Accept-Encoding");
        if (forever) {
            response.setHeader("Cache-Control", FOREVER);
        }
        boolean gzip = AcceptEncoding.allowsGzip(request.getHeader("Accept-Encoding"));
        Held held = new Held(response, forever, !gzip);
        chain.doFilter(request, held);
        if (!gzip) {
            return;
        }
        if (response.isCommitted() || response.getStatus() != HttpServletResponse.SC_OK || "HEAD".equals(request.getMethod())
                || !isText(response.getContentType())) {
            held.send();
            return;
        }
        // Locale and contract variants (which the portal does not use) are not kept: any value names one.
        String key = request.getParameter("loc") == null && request.getParameter("con") == null
                ? request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()) + '|' + library
                : null;
        byte[] body = key == null ? null : gzipped.get(key);
        if (body == null) {
            body = Gzip.smallest(held.body());
            if (key != null && gzipped.size() < MOST_KEPT) {
                gzipped.put(key, body);
            }
        }
        response.setHeader("Content-Encoding", "gzip");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("javascript") || type.contains("json") || type.contains("svg")
                || type.contains("xml");
    }

    /**
     * The response as Faces writes it, its body held back to be gzipped; the year-long
     * {@code Cache-Control} of the portal's own file stays whatever Faces sets, unless the
     * answer is not the file (a 404, an error), which no cache is to keep.
     */
    private static final class Held extends HttpServletResponseWrapper {

        private final boolean forever;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private final boolean passing;
        private PrintWriter writer;
        private ServletOutputStream stream;

        /** {@code passing}: the body goes out as written, only the headers are looked at. */
        Held(HttpServletResponse response, boolean forever, boolean passing) {
            super(response);
            this.forever = forever;
            this.passing = passing;
        }

        private boolean keeps(String name) {
            return forever && (name.equalsIgnoreCase("Cache-Control") || name.equalsIgnoreCase("Expires"));
        }

        private void notForever(int status) {
            if (forever && status != SC_OK && status != SC_NOT_MODIFIED) {
                super.setHeader("Cache-Control", "no-cache");
            }
        }

        @Override
        public void setStatus(int status) {
            notForever(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            notForever(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            notForever(status);
            super.sendError(status, message);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!keeps(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!keeps(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!keeps(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!keeps(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setContentLength(int length) {
            if (passing) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (passing) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (passing) {
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("A file is held whole, never written without blocking");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (passing) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (passing) {
                super.flushBuffer();
            }
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        /** Sends what was held as it is. */
        void send() throws IOException {
            if (passing) {
                return;
            }
            byte[] body = body();
            if (body.length > 0) {
                getResponse().setContentLength(body.length);
                getResponse().getOutputStream().write(body);
            }
        }
    }
}
