package floor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The floor under the portal's public path in bench/versus-nginx: the least a web application on
 * Payara Micro can do to answer a request, which is to write a page it holds in memory. One filter
 * on every address, no CDI, no security, no session. The page and the headers it is sent with are
 * the portal's own, read once from the files named by the system properties {@code floor.file}
 * (the body as the portal sent it) and {@code floor.headers} (its response headers, as curl -D
 * saved them), so both servers send the same response.
 */
@WebFilter("/*")
public class Floor extends HttpFilter {

    /** Set by the server for each response itself. */
    private static final Set<String> SERVER_HEADERS = Set.of("content-length", "date", "connection", "keep-alive", "transfer-encoding");

    private byte[] page;
    private List<String[]> headers;

    @Override
    public void init() throws ServletException {
        try {
            page = Files.readAllBytes(Path.of(System.getProperty("floor.file")));
            headers = Files.readAllLines(Path.of(System.getProperty("floor.headers")), StandardCharsets.ISO_8859_1).stream()
                    .filter(line -> line.indexOf(':') > 0 && !line.startsWith("HTTP/"))
                    .map(line -> new String[] {line.substring(0, line.indexOf(':')).trim(), line.substring(line.indexOf(':') + 1).trim()})
                    .filter(header -> !SERVER_HEADERS.contains(header[0].toLowerCase()))
                    .toList();
        } catch (IOException | RuntimeException e) {
            throw new ServletException("floor.file and floor.headers must name the page and its headers", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
        for (String[] header : headers) {
            response.setHeader(header[0], header[1]);
        }
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
