package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.govportal.security.Role;

/**
 * The console's home page shows each member their own drafts, editors what waits for their review,
 * what was published last and what the server will do by itself, and real visit counts.
 */
class DashboardIT extends BrowserTestBase {

    @Test
    void showsWhatAwaitsReviewAndTheVisitsOfTheLastThirtyDays() throws Exception {
        // A visit, as a page's script tells it: the chart has at least today's.
        assertThat(Http.post(base, "/luot-truy-cap", "dashboard-visitor-" + System.nanoTime()).statusCode()).isEqualTo(200);
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

    /** The items of one of the dashboard's lists. */
    private List<WebElement> listed(String listId) {
        return browser.findElements(By.cssSelector("#" + listId + " li"));
    }

    private static WebElement find(List<WebElement> items, String title) {
        return items.stream().filter(li -> li.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + title + "\" among " + items.stream().map(WebElement::getText).toList()));
    }

    @Test
    void anAuthorSeesTheirOwnDraftsOneClickFromTheirEditorAndNoReviewQueue() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        String suffix = " " + System.nanoTime();
        long mine = TestArticles.insert("Bản nháp của tôi" + suffix, "DRAFT", author.username());
        long returned = TestArticles.insert("Bài được trả lại" + suffix, "DRAFT", author.username());
        TestDatabase.update("INSERT INTO article_transition (article_id, occurred_at, actor, from_status, to_status, comment)"
                + " VALUES (?, ?, ?, 'AWAITING_REVIEW', 'DRAFT', ?)", returned, OffsetDateTime.now(ZoneOffset.UTC),
                "bien-tap-vien-kiem-thu", "Xin bổ sung nguồn tin.");
        long someoneElses = TestArticles.insert("Bản nháp của người khác" + suffix, "DRAFT", "nguoi-khac-kiem-thu");
        try {
            pages().signIn(author);

            List<WebElement> drafts = listed("my-drafts");
            assertThat(find(drafts, "Bản nháp của tôi" + suffix).findElement(By.tagName("a")).getAttribute("href"))
                    .endsWith("/admin/articles/edit.xhtml?id=" + mine);
            assertThat(find(drafts, "Bài được trả lại" + suffix).getText()).contains("Được trả lại").contains("Xin bổ sung nguồn tin.");
            assertThat(drafts).noneMatch(li -> li.getText().contains("Bản nháp của người khác" + suffix));
            assertThat(browser.findElements(By.id("awaiting-review"))).as("an author reviews nothing").isEmpty();
            assertThat(browser.findElements(By.id("review-heading"))).isEmpty();
        } finally {
            TestDatabase.update("DELETE FROM article WHERE id IN (?, ?, ?)", mine, returned, someoneElses);
        }
    }

    @Test
    void anEditorSeesWhatWaitsForTheirReviewAndWhatWasPublishedLast() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String suffix = " " + System.nanoTime();
        // Sent for review long ago: the queue shows the longest waiting first.
        long waiting = TestArticles.insert("Bài chờ duyệt" + suffix, "AWAITING_REVIEW", "tac-gia-kiem-thu", now.minusYears(20), null);
        long published = TestArticles.insert("Bài vừa đăng" + suffix, "PUBLISHED", "tac-gia-kiem-thu", now, now.minusSeconds(1));
        try {
            pages().signIn(TestStaff.create(Role.EDITOR));

            WebElement queued = find(listed("awaiting-review"), "Bài chờ duyệt" + suffix);
            assertThat(queued.getText()).contains("tac-gia-kiem-thu");
            assertThat(queued.findElement(By.tagName("a")).getAttribute("href")).endsWith("/admin/articles/edit.xhtml?id=" + waiting);
            assertThat(browser.findElement(By.id("review-heading")).getText()).startsWith("Chờ tôi duyệt");

            WebElement latest = find(listed("recently-published"), "Bài vừa đăng" + suffix);
            assertThat(latest.findElement(By.tagName("a")).getAttribute("href")).endsWith("/admin/articles/edit.xhtml?id=" + published);
            assertThat(listed("my-drafts")).noneMatch(li -> li.getText().contains(suffix.strip()));
        } finally {
            TestDatabase.update("DELETE FROM article WHERE id IN (?, ?)", waiting, published);
        }
    }
}
