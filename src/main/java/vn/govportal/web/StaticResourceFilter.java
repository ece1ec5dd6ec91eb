package vn.govportal.web;

import jakarta.faces.application.ResourceHandler;
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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import vn.govportal.web.site.AcceptEncoding;

/**
 * Style sheets, scripts and the other files Faces serves ({@code /jakarta.faces.resource/…}):
 * one whose address carries its version ({@code v=}) is the same forever, so browsers and caches
 * keep it for a year without asking again; text is gzipped for clients that take it, each
 * versioned file once, and then served from memory.
 */
@WebFilter(filterName = "StaticResourceFilter", urlPatterns = ResourceHandler.RESOURCE_IDENTIFIER + "/*")
public class StaticResourceFilter extends HttpFilter {

    static final String FOREVER = "public, max-age=31536000, immutable";
    /** Enough for every file of the console and the site; an address past that is gzipped each time. */
    private static final int MOST_KEPT = 400;

    private final Map<String, byte[]> gzipped = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String version = request.getParameter("v");
        boolean versioned = version != null && !version.isBlank();
        response.setHeader("Vary", "Accept-Encoding");
        if (versioned) {
            response.setHeader("Cache-Control", FOREVER);
        }
        boolean gzip = AcceptEncoding.allowsGzip(request.getHeader("Accept-Encoding"));
        Held held = new Held(response, versioned, !gzip);
        chain.doFilter(request, held);
        if (!gzip) {
            return;
        }
        if (response.isCommitted() || response.getStatus() != HttpServletResponse.SC_OK || "HEAD".equals(request.getMethod())
                || !isText(response.getContentType())) {
            held.send();
            return;
        }
        String key = versioned ? request.getRequestURI() + '?' + request.getParameter("ln") + '&' + version : null;
        byte[] body = key == null ? null : gzipped.get(key);
        if (body == null) {
            body = gzip(held.body());
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

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The response as Faces writes it, its body held back to be gzipped; the year-long
     * {@code Cache-Control} of a versioned file stays whatever Faces sets.
     */
    private static final class Held extends HttpServletResponseWrapper {

        private final boolean versioned;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private final boolean passing;
        private PrintWriter writer;
        private ServletOutputStream stream;

        /** {@code passing}: the body goes out as written, only the headers are looked at. */
        Held(HttpServletResponse response, boolean versioned, boolean passing) {
            super(response);
            this.versioned = versioned;
            this.passing = passing;
        }

        private boolean keeps(String name) {
            return versioned && (name.equalsIgnoreCase("Cache-Control") || name.equalsIgnoreCase("Expires"));
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
