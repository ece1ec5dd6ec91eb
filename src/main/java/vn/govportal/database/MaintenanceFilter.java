package vn.govportal.database;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers every request with a short maintenance page (HTTP 503) while the database is
 * unreachable, rather than letting each page fail with its own error.
 */
@WebFilter(filterName = "MaintenanceFilter", urlPatterns = "/*")
public class MaintenanceFilter extends HttpFilter {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Hệ thống đang bảo trì</title></head>
            <body>
            <main>
            <h1>Hệ thống đang tạm thời gián đoạn</h1>
            <p>Cổng thông tin đang được bảo trì. Xin vui lòng quay lại sau ít phút.</p>
            <p lang="en">The portal is temporarily unavailable. Please try again in a few minutes.</p>
            </main>
            </body>
            </html>
            """;

    @Inject
    private DatabaseStatus status;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (status.isAvailable()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(PAGE);
    }
}
