package vn.govportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CspReportServletTest {

    @Test
    void readsBothReportFormatsIntoOneLineEach() {
        String legacy = "{\"csp-report\":{\"document-uri\":\"https://so.example.vn/\",\"violated-directive\":\"script-src\","
                + "\"blocked-uri\":\"inline\"}}";
        assertThat(CspReportServlet.describe(legacy.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("Content-Security-Policy blocked inline (script-src) on https://so.example.vn/");
        String reportTo = "[{\"type\":\"csp-violation\",\"body\":{\"documentURL\":\"https://so.example.vn/admin/\","
                + "\"effectiveDirective\":\"img-src\",\"blockedURL\":\"https://evil.example/x.png\"}}]";
        assertThat(CspReportServlet.describe(reportTo.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("Content-Security-Policy blocked https://evil.example/x.png (img-src) on https://so.example.vn/admin/");
    }

    @Test
    void aForgedReportCannotForgeLogLinesOrCrashIt() {
        String forged = "{\"csp-report\":{\"document-uri\":\"x\\nSEVERE: fake line\",\"blocked-uri\":\"y\"}}";
        assertThat(CspReportServlet.describe(forged.getBytes(StandardCharsets.UTF_8)).get(0)).doesNotContain("\n");
        assertThat(CspReportServlet.describe("not json".getBytes(StandardCharsets.UTF_8))).hasSize(1);
        assertThat(CspReportServlet.describe("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).hasSize(1);
    }
}
