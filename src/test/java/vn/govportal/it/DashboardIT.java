package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.govportal.security.Role;

/** The console's home page shows the editorial queue and real visit counts. */
class DashboardIT extends BrowserTestBase {

    @Test
    void showsWhatAwaitsReviewAndTheVisitsOfTheLastThirtyDays() throws Exception {
        Http.get(base, "/", "dashboard-visitor-" + System.nanoTime());
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);

        long awaiting = TestDatabase.count("SELECT COUNT(*) FROM article WHERE status = 'AWAITING_REVIEW'");
        assertThat(browser.findElement(By.id("awaiting-count")).getText()).isEqualTo(String.valueOf(awaiting));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long stored = TestDatabase.count("SELECT COALESCE(SUM(visits), 0) FROM visit_day WHERE visit_date > ?", today.minusDays(30));
        long shown = Long.parseLong(browser.findElement(By.id("visits-30")).getText());
        assertThat(shown).isPositive().isGreaterThanOrEqualTo(stored);
        assertThat(browser.findElements(By.cssSelector("#visitsChart canvas"))).hasSize(1);
    }
}
