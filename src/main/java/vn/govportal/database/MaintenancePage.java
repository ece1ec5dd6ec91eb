package vn.govportal.database;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The short page (HTTP 503) a visitor gets while the database cannot be used. */
public final class MaintenancePage {

    /** After a failed start: nothing changes until the portal is restarted. */
    public static final int RETRY_AFTER_FAILED_START = 60;
    /** During an outage: the database is checked every second, so come back soon. */
    public static final int RETRY_AFTER_OUTAGE = 10;

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
    private static final byte[] PAGE_BYTES = PAGE.getBytes(StandardCharsets.UTF_8);

    private MaintenancePage() {
    }

    /** Answers with the maintenance page, replacing whatever the response held but keeping its other headers. */
    public static void send(HttpServletResponse response, int retryAfterSeconds) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(PAGE_BYTES.length);
        try {
            response.getOutputStream().write(PAGE_BYTES);
        } catch (IllegalStateException writerInUse) { // the page that failed had begun writing text
            response.getWriter().write(PAGE);
        }
    }
}
