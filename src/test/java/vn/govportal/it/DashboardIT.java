package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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

    @Test
    void listsWhatTheServerWillPublishByItself() throws Exception {
        String title = "Thông báo sẽ hiện sau " + System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TestDatabase.update("INSERT INTO notice (title, slug, summary, body, status, published_at, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, 0)", title, "tb-hen-gio-" + System.nanoTime(), "Tóm tắt",
                "<p>Nội dung</p>", now.plusDays(2), now, now);
        try {
            TestStaff author = TestStaff.create(Role.AUTHOR);
            AdminPages pages = pages();
            pages.signIn(author);

            WebElement item = browser.findElements(By.cssSelector("[aria-labelledby='scheduled-heading'] li")).stream()
                    .filter(li -> li.getText().contains(title)).findFirst().orElseThrow(() -> new AssertionError(pages.messages()));
            assertThat(item.getText()).contains("Hiện thông báo");
            assertThat(item.findElement(By.tagName("a")).getAttribute("href")).contains("/admin/notices/edit.xhtml?id=");
        } finally {
            TestDatabase.update("DELETE FROM notice WHERE title = ?", title);
        }
    }
}
