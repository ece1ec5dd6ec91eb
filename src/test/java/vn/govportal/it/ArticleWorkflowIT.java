package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.govportal.text.Slugs;
import org.openqa.selenium.WebElement;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import vn.govportal.security.Role;

/** Staff write, review and publish articles in the admin console, as a person would in a browser. */
class ArticleWorkflowIT extends BrowserTestBase {

    /** A second person's browser, for the tests where two people edit at once. */
    private WebDriver secondBrowser;

    @AfterEach
    void closeSecondBrowser() {
        if (secondBrowser != null) {
            secondBrowser.quit();
        }
    }

    /** A second editor, in a browser of their own, with the article open: for two people editing at once. */
    private AdminPages secondEditorOn(long articleId) throws Exception {
        secondBrowser = Browsers.headlessChromium();
        AdminPages second = new AdminPages(secondBrowser, Http.root(base));
        second.signIn(TestStaff.create(Role.EDITOR));
        second.open("/admin/articles/edit.xhtml?id=" + articleId);
        return second;
    }

    @Test
    void anAuthorWritesAndSubmitsAndAnEditorPublishesToTheHomePage() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        TestStaff editor = TestStaff.create(Role.EDITOR);
        String title = "Bài kiểm thử quy trình " + UUID.randomUUID().toString().substring(0, 6);
        AdminPages admin = pages();

        admin.signIn(author);
        long id = admin.writeArticle(title);
        assertThat(admin.status()).isEqualTo("Bản nháp");
        assertThat(admin.has(By.id("article:publish"))).as("an author cannot publish").isFalse();
        admin.type(By.id("article:comment"), "Nhờ anh chị duyệt giúp");
        admin.press("article:submitForReview");
        assertThat(admin.status()).isEqualTo("Chờ duyệt");
        assertThat(admin.has(By.id("article:save"))).as("a submitted draft is no longer the author's to edit").isFalse();
        assertThat(Http.get(base, "/").body()).doesNotContain(title);
        admin.signOut();

        admin.signIn(editor);
        admin.open("/admin/articles/edit.xhtml?id=" + id);
        admin.press("article:publish");
        assertThat(admin.status()).isEqualTo("Đã xuất bản");

        String slug = TestDatabase.strings("SELECT slug FROM article WHERE id = ?", id).get(0);
        assertThat(Http.get(base, "/chuyen-muc/tin-hoat-dong").body()).contains("/bai-viet/" + slug).contains(title);
        assertThat(Http.get(base, "/").body()).contains(title);
        assertThat(Http.get(base, "/bai-viet/" + slug).body()).contains("Đoạn thứ hai của bài viết.");
        assertThat(TestDatabase.strings("SELECT to_status FROM article_transition WHERE article_id = ? ORDER BY id", id))
                .containsExactly("DRAFT", "AWAITING_REVIEW", "PUBLISHED");
        assertThat(TestDatabase.strings("SELECT comment FROM article_transition WHERE article_id = ? AND to_status = 'AWAITING_REVIEW'", id))
                .containsExactly("Nhờ anh chị duyệt giúp");
    }

    @Test
    void aSecondSaveOfTheSameArticleShowsTheConflictAndKeepsTheText() throws Exception {
        AdminPages first = pages();
        first.signIn(TestStaff.create(Role.EDITOR));
        long id = first.writeArticle("Bài sửa đồng thời " + UUID.randomUUID().toString().substring(0, 6));
        AdminPages second = secondEditorOn(id);

        first.open("/admin/articles/edit.xhtml?id=" + id);
        first.typeBody("Đoạn thứ nhất của bài viết.", "Đoạn do người thứ nhất thêm vào.");
        first.press("article:save");

        second.type(By.id("article:title"), "Tiêu đề do người thứ hai sửa");
        second.press("article:save");

        assertThat(second.has(By.id("conflict-heading"))).as(second.messages()).isTrue();
        assertThat(secondBrowser.findElement(By.id("conflict-heading")).getText()).isEqualTo("Người khác đã sửa bài viết này");
        assertThat(secondBrowser.findElements(By.cssSelector(".diff__added")))
                .anyMatch(e -> e.getText().contains("Đoạn do người thứ nhất thêm vào."));
        assertThat(secondBrowser.findElement(By.id("article:title")).getAttribute("value")).isEqualTo("Tiêu đề do người thứ hai sửa");
        assertThat(TestDatabase.strings("SELECT title FROM article WHERE id = ?", id).get(0)).doesNotContain("người thứ hai");

        second.press("article:saveMine");
        assertThat(TestDatabase.strings("SELECT title FROM article WHERE id = ?", id)).containsExactly("Tiêu đề do người thứ hai sửa");
    }

    /** Everything a revision holds, as one line, to compare revisions and the article exactly. */
    /** CONCAT, not ||: MariaDB reads || as "or". */
    private static final String CONTENT = "CONCAT(title, '|', slug, '|', COALESCE(lead_text, ''), '|', body, '|',"
            + " COALESCE(author, ''), '|', category_id, '|', COALESCE(featured_image_id, -1))";

    @Test
    void afterAConflictTheSecondEditorCanContinueFromTheOtherVersion() throws Exception {
        AdminPages first = pages();
        first.signIn(TestStaff.create(Role.EDITOR));
        long id = first.writeArticle("Bài lấy bản người khác " + UUID.randomUUID().toString().substring(0, 6));
        AdminPages second = secondEditorOn(id);

        first.type(By.id("article:title"), "Tiêu đề của người thứ nhất");
        first.press("article:save");
        second.type(By.id("article:title"), "Tiêu đề của người thứ hai");
        second.press("article:save");
        assertThat(second.has(By.id("conflict-heading"))).as(second.messages()).isTrue();

        second.press("article:takeTheirs");
        assertThat(second.has(By.id("conflict-heading"))).isFalse();
        assertThat(secondBrowser.findElement(By.id("article:title")).getAttribute("value")).isEqualTo("Tiêu đề của người thứ nhất");
        second.type(By.id("article:lead"), "Tóm tắt do người thứ hai viết tiếp.");
        second.press("article:save");
        assertThat(TestDatabase.strings("SELECT CONCAT(title, ' / ', lead_text) FROM article WHERE id = ?", id))
                .containsExactly("Tiêu đề của người thứ nhất / Tóm tắt do người thứ hai viết tiếp.");
    }

    @Test
    void anAuthorCannotPublishEvenByPostingThePublishButton() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        AdminPages admin = pages();
        admin.signIn(author);
        long id = admin.writeArticle("Bài tác giả tự xuất bản " + UUID.randomUUID().toString().substring(0, 6));

        // The form as an editor's would post it: the same fields plus the publish button's name.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var form = document.getElementById('article');"
                + "var button = document.createElement('input'); button.type = 'hidden';"
                + "button.name = 'article:publish'; button.value = 'Xuất bản'; form.appendChild(button); form.submit();");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));

        assertThat(TestDatabase.strings("SELECT status FROM article WHERE id = ?", id)).containsExactly("DRAFT");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM article_transition WHERE article_id = ? AND to_status = 'PUBLISHED'", id)).isZero();
    }

    @Test
    void submittingForReviewSavesTheTextTypedSinceTheLastSave() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        AdminPages admin = pages();
        admin.signIn(author);
        long id = admin.writeArticle("Bài gửi duyệt ngay " + UUID.randomUUID().toString().substring(0, 6));

        admin.typeBody("Đoạn viết thêm ngay trước khi gửi duyệt.");
        admin.press("article:submitForReview");

        assertThat(admin.status()).isEqualTo("Chờ duyệt");
        assertThat(TestDatabase.strings("SELECT body FROM article WHERE id = ?", id).get(0)).contains("Đoạn viết thêm ngay trước khi gửi duyệt.");
    }

    @Test
    void restoringARevisionBringsBackItsContentAsANewRevision() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages admin = pages();
        admin.signIn(editor);
        long id = admin.writeArticle("Bài có nhiều phiên bản " + UUID.randomUUID().toString().substring(0, 6));
        admin.choose("article:featuredImage", "cai-cach.jpg");
        admin.press("article:save");
        String second = TestDatabase.strings("SELECT " + CONTENT + " FROM article WHERE id = ?", id).get(0);
        assertThat(second).doesNotEndWith("|-1");

        admin.type(By.id("article:title"), "Tiêu đề đã đổi");
        admin.typeBody("Nội dung đã thay đổi hoàn toàn.");
        admin.choose("article:featuredImage", "(Không có ảnh)");
        admin.press("article:save");
        assertThat(TestDatabase.strings("SELECT " + CONTENT + " FROM article WHERE id = ?", id).get(0))
                .contains("thay đổi hoàn toàn").endsWith("|-1");

        admin.open("/admin/articles/revisions.xhtml?id=" + id);
        assertThat(browser.findElements(By.cssSelector(".diff__removed"))).anyMatch(e -> e.getText().contains("Đoạn thứ hai"));
        admin.press("revisions:list:1:restore"); // newest first: 0 is the third save, 1 the second

        assertThat(TestDatabase.strings("SELECT " + CONTENT + " FROM article WHERE id = ?", id)).containsExactly(second);
        assertThat(TestDatabase.strings("SELECT " + CONTENT + " FROM article_revision WHERE article_id = ? ORDER BY number", id))
                .hasSize(4).element(3).isEqualTo(second);
    }

    @Test
    void anAuthorCannotEditAnotherAuthorsDraft() throws Exception {
        TestStaff writer = TestStaff.create(Role.AUTHOR);
        TestStaff other = TestStaff.create(Role.AUTHOR);
        AdminPages pages = pages();
        pages.signIn(writer);
        long id = pages.writeArticle("Bản nháp riêng " + UUID.randomUUID().toString().substring(0, 6));
        pages.signOut();

        pages.signIn(other);
        pages.open("/admin/articles/edit.xhtml?id=" + id);
        assertThat(pages.has(By.id("article:save"))).isFalse();
        assertThat(pages.has(By.id("article:publish"))).isFalse();
        assertThat(browser.findElement(By.id("article:title")).getAttribute("disabled")).isNotNull();
    }

    @Test
    void afterTheSessionExpiresSigningInAgainReturnsToTheArticle() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);
        long id = pages.writeArticle("Bài bị hết phiên " + UUID.randomUUID().toString().substring(0, 6));

        browser.manage().deleteAllCookies(); // what an idle timeout does to the session
        pages.type(By.id("article:title"), "Tiêu đề sửa sau khi hết phiên");
        pages.press("article:save");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");

        pages.type(By.id("login:username"), editor.username());
        pages.type(By.id("login:password"), editor.password());
        pages.press("login:submit");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/articles/edit.xhtml?id=" + id);

        // What was typed before the session ended is offered back, and saves.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("article-draft-restore")).isEmpty());
        browser.findElement(By.id("article-draft-restore")).click();
        assertThat(browser.findElement(By.id("article:title")).getAttribute("value")).isEqualTo("Tiêu đề sửa sau khi hết phiên");
        pages.press("article:save");
        assertThat(TestDatabase.strings("SELECT title FROM article WHERE id = ?", id)).containsExactly("Tiêu đề sửa sau khi hết phiên");
        assertThat(pages.has(By.id("article-draft-restore"))).as("a saved text is not offered again").isFalse();
    }

    @Test
    void signingInFromTheArticleListContinuesToTheList() throws Exception {
        TestStaff admin = TestStaff.create(Role.ADMIN);
        AdminPages pages = pages();
        pages.open("/admin/articles/");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        pages.type(By.id("login:username"), admin.username());
        pages.type(By.id("login:password"), admin.password());
        pages.press("login:submit");

        assertThat(browser.getCurrentUrl()).endsWith("/admin/articles/");
        assertThat(browser.findElements(By.cssSelector(".articles-table tbody tr"))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bài viết");
    }

    @Test
    void theArticleListFiltersAndPagesInTheDatabase() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);
        pages.open("/admin/articles/");
        pages.type(By.id("articles:text"), "cải cách hành chính");
        Browsers.clickAndWaitForAjax(browser, By.id("articles:apply"));

        // Every word of the filter is in each article listed, in its title or its text, marks aside.
        List<String> titles = browser.findElements(By.cssSelector(".articles-table tbody tr a")).stream().map(WebElement::getText).toList();
        assertThat(titles).isNotEmpty();
        for (String title : titles) {
            String text = Slugs.foldToAscii(title + " " + String.join(" ", TestDatabase.strings(
                    "SELECT lead_text FROM article WHERE title = ?", title)) + " " + String.join(" ", TestDatabase.strings(
                    "SELECT body FROM article WHERE title = ?", title))).toLowerCase(java.util.Locale.ROOT);
            assertThat(text).as(title).contains("cai", "cach", "hanh", "chinh");
        }
        assertThat(titles).as("the titles holding the words as typed are all there")
                .containsAll(TestDatabase.strings("SELECT title FROM article WHERE LOWER(title) LIKE ? ORDER BY updated_at DESC",
                        "%cải cách hành chính%").stream().limit(titles.size()).toList());
    }

    @Test
    void aMissingTitleIsShownBesideTheFieldAndTheTextStays() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        AdminPages admin = pages();
        admin.signIn(author);
        admin.open("/admin/articles/edit.xhtml");
        admin.typeBody("Nội dung viết trước khi đặt tiêu đề.");
        admin.choose("article:category", "Tin hoạt động");
        admin.press("article:save");

        assertThat(browser.findElement(By.cssSelector("[id='article:title'] ~ .ui-message-error, .ui-message-error")).getText())
                .contains("bắt buộc");
        assertThat(admin.richText("article:body")).contains("Nội dung viết trước khi đặt tiêu đề.");
    }
}
