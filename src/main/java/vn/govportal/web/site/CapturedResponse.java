package vn.govportal.web.site;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Holds back what a page writes, so the router can keep the rendered page before sending it.
 * Status, headers, redirects and errors go to the real response as usual.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final CharArrayWriter text = new CharArrayWriter(32 * 1024);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(text);
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
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
                    throw new IllegalStateException("A page is captured whole, never written without blocking");
                }
            };
        }
        return stream;
    }

    @Override
    public void flushBuffer() {
        // Nothing reaches the client before the page is complete.
    }

    @Override
    public void setContentLength(int length) {
        // The router sets the length of what it finally sends.
    }

    @Override
    public void setContentLengthLong(long length) {
        // As above.
    }

    /** What the page wrote, as text (a page writes through its writer or its stream, never both). */
    String body() {
        if (writer != null) {
            writer.flush();
            return text.toString();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
