package floor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor under the portal's public path in bench/versus-nginx: the least a web application on
 * Payara Micro can do to answer a request, which is to write a page it holds in memory. One filter
 * on every address, no CDI, no security, no session; the page is read once from the file named by
 * the system property {@code floor.file}, and sent with the headers the portal sends for a cached
 * public page ({@code floor.encoding}: "gzip" when that file holds the gzipped page).
 */
@WebFilter("/*")
public class Floor extends HttpFilter {

    private byte[] page;
    private String encoding;

    @Override
    public void init() throws ServletException {
        try {
            page = Files.readAllBytes(Path.of(System.getProperty("floor.file")));
        } catch (IOException | RuntimeException e) {
            throw new ServletException("floor.file must name the page to send", e);
        }
        encoding = System.getProperty("floor.encoding", "");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=0, s-maxage=10, stale-while-revalidate=30");
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("ETag", "\"floor\"");
        if (!encoding.isEmpty()) {
            response.setHeader("Content-Encoding", encoding);
        }
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
