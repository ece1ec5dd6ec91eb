package vn.govportal.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.govportal.cluster.ClusterTime;

/**
 * Where browsers report what the Content-Security-Policy blocked, in either format they use
 * ({@code application/csp-report} for {@code report-uri}, {@code application/reports+json} for
 * {@code report-to}). Each report becomes one log line, with what was blocked and where; a flood
 * of reports (a script injected into a busy page, or someone posting on purpose) is capped at
 * {@link #LINES_PER_MINUTE} lines a minute, and the rest are counted in one line. A report is
 * never trusted beyond being logged: it changes nothing.
 */
@WebServlet(name = "CspReportServlet", urlPatterns = BrowserPolicyFilter.REPORT_PATH)
public class CspReportServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(CspReportServlet.class.getName());
    /** A real report is a few hundred bytes; more is read no further. */
    static final int MAX_BYTES = 16 * 1024;
    static final int LINES_PER_MINUTE = 20;

    private final LogBudget budget = new LogBudget(LINES_PER_MINUTE, Duration.ofMinutes(1));

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES);
        }
        for (String line : describe(body)) {
            budget.log(LOG, Level.WARNING, line, ClusterTime.now());
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** One line per report in the body: what was blocked, by which directive, on which page. */
    static List<String> describe(byte[] body) {
        List<String> lines = new ArrayList<>();
        JsonStructure json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            json = reader.read();
        } catch (JsonException | IllegalStateException e) {
            lines.add("Content-Security-Policy report that is not JSON (" + body.length + " bytes)");
            return lines;
        }
        if (json instanceof JsonArray reports) { // report-to: [{type, url, body: {...}}, ...]
            for (JsonValue value : reports) {
                if (value instanceof JsonObject report && report.get("body") instanceof JsonObject inner) {
                    lines.add(line(text(inner, "effectiveDirective"), text(inner, "blockedURL"), text(inner, "documentURL")));
                }
            }
        } else if (json instanceof JsonObject object && object.get("csp-report") instanceof JsonObject report) { // report-uri
            lines.add(line(text(report, "violated-directive"), text(report, "blocked-uri"), text(report, "document-uri")));
        }
        if (lines.isEmpty()) {
            lines.add("Content-Security-Policy report in an unknown shape");
        }
        return lines;
    }

    private static String line(String directive, String blocked, String page) {
        return "Content-Security-Policy blocked " + blocked + " (" + directive + ") on " + page;
    }

    /** A field of a report, cut short and stripped of anything that could forge a log line. */
    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        String text = value == null ? "?" : value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
        text = text.replaceAll("[\\p{Cntrl}]", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
