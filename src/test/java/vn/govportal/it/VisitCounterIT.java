package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The visit counter counts real visits, told by each page's script, and stores them, so they
 * survive a restart; the pages themselves carry no figures, so a cache in front may keep them.
 */
@ExtendWith(ArquillianExtension.class)
class VisitCounterIT {

    @ArquillianResource
    private URL base;

    @Test
    void newVisitorsIncrementTodayAndTotalOncePerVisit() {
        String watcher = "watcher-" + UUID.randomUUID();
        long[] before = counts(view(watcher));

        for (int i = 0; i < 3; i++) {
            String visitor = "visitor-" + UUID.randomUUID();
            view(visitor);
            view(visitor); // the next page of the same visit: not counted again
        }
        long[] after = counts(view(watcher));

        assertThat(after[1] - before[1]).as("today").isEqualTo(3);
        assertThat(after[2] - before[2]).as("total").isEqualTo(3);
        assertThat(after[0]).as("online now").isGreaterThanOrEqualTo(4);
    }

    @Test
    void pagesAreTheSameForEveryVisitorAndFetchingThemCountsNothing() {
        String page = Http.get(base, "/", "reader-" + UUID.randomUUID()).body();
        long[] before = counts(Http.get(base, "/luot-truy-cap", "watcher-" + UUID.randomUUID()));
        for (int i = 0; i < 3; i++) {
            String visitor = "crawler-" + UUID.randomUUID();
            assertThat(Http.get(base, "/", visitor).body()).as("the page as any visitor gets it").isEqualTo(page);
            Http.get(base, "/luot-truy-cap", visitor); // reading the figures is not a view
        }
        long[] after = counts(Http.get(base, "/luot-truy-cap", "watcher-" + UUID.randomUUID()));

        assertThat(after[2]).as("total").isEqualTo(before[2]);
        assertThat(page).contains("data-visits=\"" + Http.contextPath(base) + "/luot-truy-cap\"")
                .doesNotContainPattern("id=\"visits-total\"[^>]*>\\d");
    }

    @Test
    void theFiguresAreNeverStoredByACache() {
        HttpResponse<String> answer = Http.post(base, "/luot-truy-cap", "visitor-" + UUID.randomUUID());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void countsAreStoredInTheDatabase() throws Exception {
        view("visitor-" + UUID.randomUUID());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        // Visits are written in batches (every second in the tests): wait until the counter and the database agree.
        Instant deadline = Instant.now().plusSeconds(20);
        long shownToday;
        long storedToday;
        long shownTotal;
        long storedTotal;
        do {
            Thread.sleep(1200);
            long[] shown = counts(Http.get(base, "/luot-truy-cap", "watcher-db"));
            shownToday = shown[1];
            shownTotal = shown[2];
            storedToday = TestDatabase.count("SELECT COALESCE(SUM(visits), 0) FROM visit_day WHERE visit_date = ?", today);
            storedTotal = TestDatabase.count("SELECT COALESCE(SUM(visits), 0) FROM visit_day");
        } while ((shownToday != storedToday || shownTotal != storedTotal) && Instant.now().isBefore(deadline));

        assertThat(storedToday).isPositive().isEqualTo(shownToday);
        assertThat(storedTotal).isEqualTo(shownTotal);
    }

    /** A page shown to {@code visitor}: its script tells the counter, which answers the figures. */
    private HttpResponse<String> view(String visitor) {
        assertThat(Http.get(base, "/", visitor).statusCode()).isEqualTo(200);
        return Http.post(base, "/luot-truy-cap", visitor);
    }

    /** Online now, today, total, as the counter answers them. */
    static long[] counts(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        String json = answer.body();
        return new long[] {number(json, "online"), number(json, "today"), number(json, "total")};
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return Long.parseLong(m.group(1));
    }
}
