package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.govportal.security.Role;

/**
 * The article and notice lists act on several ticked rows at once, with the permissions each item
 * has on its own page: what was done shows on the public site, what was not permitted is left as
 * it was and reported.
 */
class BulkActionsIT extends BrowserTestBase {

    /** Narrows the article list to the articles whose title holds {@code text}. */
    private void filterArticles(AdminPages pages, String text) {
        pages.open("/admin/articles/");
        pages.type(By.id("articles:text"), text);
        Browsers.clickAndWaitForAjax(browser, By.id("articles:apply"));
    }

    private void tick(long id) {
        browser.findElement(By.cssSelector("tr[data-rk='" + id + "'] td.ui-selection-column .ui-chkbox-box")).click();
    }

    /** Presses a bulk action's button and says yes to its confirmation. */
    private void confirm(String buttonId) {
        browser.findElement(By.id(buttonId)).click();
        By yes = By.cssSelector(".ui-confirmdialog-yes");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(yes));
        Browsers.clickAndWaitForAjax(browser, yes);
    }

    @Test
    void anEditorPublishesTwoArticlesAtOnceAndBothAppearOnThePublicSite() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        String batch = "Bài xuất bản theo lô " + UUID.randomUUID().toString().substring(0, 8);
        long draft = TestArticles.insert(batch + " một", "DRAFT", "tac-gia-kiem-thu");
        long submitted = TestArticles.insert(batch + " hai", "AWAITING_REVIEW", "tac-gia-kiem-thu");
        try {
            AdminPages pages = pages();
            pages.signIn(editor);
            filterArticles(pages, batch);
            tick(draft);
            tick(submitted);
            confirm("articles:bulkPublish");

            assertThat(pages.messages()).contains("Đã xuất bản 2 bài");
            for (long id : new long[] {draft, submitted}) {
                assertThat(TestArticles.status(id)).isEqualTo("PUBLISHED");
                var page = Http.get(base, "/bai-viet/" + TestArticles.slug(id));
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains(batch);
                assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'ARTICLE_PUBLISHED'"
                        + " AND actor = ? AND target_id = ?", editor.username(), id)).as("audited as a single publish").isEqualTo(1);
                assertThat(TestDatabase.strings("SELECT to_status FROM article_transition WHERE article_id = ?", id))
                        .containsExactly("PUBLISHED");
            }
        } finally {
            TestDatabase.update("DELETE FROM article WHERE id IN (?, ?)", draft, submitted);
        }
    }

    @Test
    void anAuthorCannotPublishInBulkAndIsToldWhichArticlesWereNotTheirs() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        String batch = "Bài của tác giả theo lô " + UUID.randomUUID().toString().substring(0, 8);
        long own = TestArticles.insert(batch + " của tôi", "DRAFT", author.username());
        long others = TestArticles.insert(batch + " của người khác", "DRAFT", "nguoi-khac-kiem-thu");
        try {
            AdminPages pages = pages();
            pages.signIn(author);
            filterArticles(pages, batch);
            assertThat(pages.has(By.id("articles:bulkPublish"))).as("an author cannot publish").isFalse();
            assertThat(pages.has(By.id("articles:bulkUnpublish"))).as("an author cannot take articles down").isFalse();

            tick(own);
            tick(others);
            confirm("articles:bulkDelete");

            assertThat(browser.findElement(By.id("articles:bulkMessages")).getText()).contains("Đã xoá 1 bài; 1 bài không đủ quyền");
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM article WHERE id = ?", own)).isZero();
            assertThat(TestArticles.status(others)).as("someone else's draft is left as it was").isEqualTo("DRAFT");
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'ARTICLE_DELETED' AND actor = ?"
                    + " AND target_id = ?", author.username(), own)).isEqualTo(1);
        } finally {
            TestDatabase.update("DELETE FROM article WHERE id IN (?, ?)", own, others);
        }
    }

    @Test
    void anEditorTakesTwoNoticesOffThePublicSiteAtOnce() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        String batch = "Thông báo gỡ theo lô " + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String[] slugs = {"tb-lo-" + UUID.randomUUID().toString().substring(0, 8), "tb-lo-" + UUID.randomUUID().toString().substring(0, 8)};
        for (String slug : slugs) {
            TestDatabase.update("INSERT INTO notice (title, slug, summary, body, status, published_at, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, 0)", batch + " " + slug, slug, "Tóm tắt", "<p>Nội dung</p>",
                    now.minusMinutes(5), now, now);
        }
        try {
            assertThat(Http.get(base, "/thong-bao/" + slugs[0]).statusCode()).isEqualTo(200);
            AdminPages pages = pages();
            pages.signIn(editor);
            pages.open("/admin/notices/");
            for (String slug : slugs) {
                tick(TestDatabase.count("SELECT id FROM notice WHERE slug = ?", slug));
            }
            confirm("notices:bulkUnpublish");

            assertThat(pages.messages()).contains("Đã gỡ 2 thông báo");
            for (String slug : slugs) {
                assertThat(TestDatabase.strings("SELECT status FROM notice WHERE slug = ?", slug)).containsExactly("DRAFT");
                assertThat(Http.get(base, "/thong-bao/" + slug).statusCode()).isEqualTo(404);
            }
        } finally {
            for (String slug : slugs) {
                TestDatabase.update("DELETE FROM notice WHERE slug = ?", slug);
            }
        }
    }
}
