package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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

/** The visit counter counts real visits and stores them, so they survive a restart. */
@ExtendWith(ArquillianExtension.class)
class VisitCounterIT {

    @ArquillianResource
    private URL base;

    @Test
    void newVisitorsIncrementTodayAndTotalOncePerVisit() throws InterruptedException {
        String watcher = "watcher-" + UUID.randomUUID();
        Http.get(base, "/", watcher);
        // A view is counted just after its page is sent: let the last one land before reading.
        Thread.sleep(500);
        long[] before = counts(Http.get(base, "/", watcher).body());

        for (int i = 0; i < 3; i++) {
            String visitor = "visitor-" + UUID.randomUUID();
            Http.get(base, "/", visitor);
            Http.get(base, "/thong-bao", visitor); // the same visit: not counted again
        }
        Thread.sleep(500);
        long[] after = counts(Http.get(base, "/", watcher).body());

        assertThat(after[1] - before[1]).as("today").isEqualTo(3);
        assertThat(after[2] - before[2]).as("total").isEqualTo(3);
        assertThat(after[0]).as("online now").isGreaterThanOrEqualTo(4);
    }

    @Test
    void countsAreStoredInTheDatabase() throws Exception {
        Http.get(base, "/", "visitor-" + UUID.randomUUID());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        // Visits are written in batches (every second in the tests): wait until the page and the database agree.
        Instant deadline = Instant.now().plusSeconds(20);
        long shownToday;
        long storedToday;
        long shownTotal;
        long storedTotal;
        do {
            Thread.sleep(1200);
            long[] shown = counts(Http.get(base, "/", "watcher-db").body());
            shownToday = shown[1];
            shownTotal = shown[2];
            storedToday = TestDatabase.count("SELECT COALESCE(SUM(visits), 0) FROM visit_day WHERE visit_date = ?", today);
            storedTotal = TestDatabase.count("SELECT COALESCE(SUM(visits), 0) FROM visit_day");
        } while ((shownToday != storedToday || shownTotal != storedTotal) && Instant.now().isBefore(deadline));

        assertThat(storedToday).isPositive().isEqualTo(shownToday);
        assertThat(storedTotal).isEqualTo(shownTotal);
    }

    /** Online now, today, total, as the sidebar shows them. */
    static long[] counts(String html) {
        return new long[] {number(html, "visits-online"), number(html, "visits-today"), number(html, "visits-total")};
    }

    private static long number(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
        assertThat(m.find()).as(id + " on the page").isTrue();
        return Long.parseLong(m.group(1));
    }
}
