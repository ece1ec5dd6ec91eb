package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.govportal.security.Role;

/**
 * The rich-text editor as staff use it, in the browser, with what it saves: a table survives an
 * edit, images dropped into the text go through the media library, what is typed is autosaved
 * for another computer, and a draft is previewed by staff only. (What the editor does to text
 * before any save is EditorTextIT.)
 */
class EditorIT extends BrowserTestBase {

    private static final String TABLE_ARTICLE = "Lịch tiếp công dân định kỳ của lãnh đạo Sở Ngoại vụ quý I năm 2027";

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    @Test
    void changingOneWordOfTheDemoArticleWithATableKeepsTheTable() throws Exception {
        long id = TestDatabase.count("SELECT id FROM article WHERE title = ?", TABLE_ARTICLE);
        String before = TestDatabase.strings("SELECT body FROM article WHERE id = ?", id).get(0);
        assertThat(before).contains("<table>", "<caption>", "<th scope=\"col\">");

        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.EDITOR));
        admin.open("/admin/articles/edit.xhtml?id=" + id);
        admin.awaitRichText("article:body"); // an editor still starting would take the text back from the form
        js().executeScript("var e = tinymce.get('article:body'); e.setContent(e.getContent().replace('tất cả các', 'mọi'));"
                + " e.fire('change');");
        admin.press("article:save");

        String after = TestDatabase.strings("SELECT body FROM article WHERE id = ?", id).get(0);
        assertThat(after).isEqualTo(before.replace("tất cả các", "mọi"));
        String slug = TestDatabase.strings("SELECT slug FROM article WHERE id = ?", id).get(0);
        Document page = Jsoup.parse(Http.get(base, "/bai-viet/" + slug).body());
        Element table = page.selectFirst(".article__body table");
        assertThat(table).isNotNull();
        assertThat(table.select("thead th")).hasSize(5);
        assertThat(table.select("tbody tr")).hasSize(6);
        assertThat(table.selectFirst("caption").text()).isEqualTo("Lịch tiếp công dân định kỳ quý I năm 2027");
        assertThat(page.select(".article__body").text()).contains("vào mọi ngày làm việc");
    }

    @Test
    void anImageDroppedIntoTheTextGoesToTheMediaLibraryAndAsksForItsText() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.AUTHOR));
        String title = "Bài có ảnh thả vào " + UUID.randomUUID().toString().substring(0, 6);
        long id = admin.writeArticle(title);
        long before = TestDatabase.count("SELECT COUNT(*) FROM media_file WHERE original_id IS NULL");

        admin.drop("article:body", "hoi-nghi.png", "image/png", Files.readAllBytes(image()));
        WebElement alt = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-dialog input.tox-textfield")));
        List<WebElement> fields = browser.findElements(By.cssSelector(".tox-dialog input.tox-textfield"));
        // The dialog's second field is the alternative text (the first is the address).
        fields.get(1).sendKeys("Toàn cảnh hội nghị");
        browser.findElement(By.cssSelector(".tox-dialog__footer .tox-button:not(.tox-button--secondary)")).click();
        assertThat(alt).isNotNull();
        admin.press("article:save");

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM media_file WHERE original_id IS NULL")).isEqualTo(before + 1);
        String body = TestDatabase.strings("SELECT body FROM article WHERE id = ?", id).get(0);
        assertThat(body).containsPattern("<img src=\"[^\"]*/tep/\\d+/hoi-nghi\\.png\\?w=960\" alt=\"Toàn cảnh hội nghị\">");
        // A draft's image is the draft's: not public until the article is.
        String src = Jsoup.parseBodyFragment(body).selectFirst("img").attr("src");
        assertThat(Http.get(base, src.substring(Http.contextPath(base).length())).statusCode()).isEqualTo(404);
    }

    @Test
    void aSavePressedWhileAnImageIsUploadingWaitsForIt() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.AUTHOR));
        long id = admin.writeArticle("Bài lưu khi ảnh đang tải " + UUID.randomUUID().toString().substring(0, 6));
        // A slow line: the upload of the photo takes seconds, and Save is pressed before it is done.
        ((org.openqa.selenium.chromium.HasNetworkConditions) browser).setNetworkConditions(
                new org.openqa.selenium.chromium.ChromiumNetworkConditions() {
                    {
                        setUploadThroughput(40 * 1024);
                        setDownloadThroughput(10 * 1024 * 1024);
                    }
                });
        admin.drop("article:body", "anh-tai-cham.png", "image/png", Files.readAllBytes(image()));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> Boolean.TRUE.equals(js().executeScript(
                "return tinymce.get('article:body').dom.select(\"img[src^='blob:']\").length > 0;")));
        browser.findElement(By.id("article:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> {
            try {
                return TestDatabase.strings("SELECT body FROM article WHERE id = ?", id).get(0).contains("anh-tai-cham.png");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        ((org.openqa.selenium.chromium.HasNetworkConditions) browser).deleteNetworkConditions();
        assertThat(TestDatabase.strings("SELECT body FROM article WHERE id = ?", id).get(0))
                .containsPattern("<img src=\"[^\"]*/tep/\\d+/anh-tai-cham\\.png\\?w=960\" alt=\"\">");
    }

    @Test
    void anImageThatIsNotWhatItsNameSaysIsRefusedAndTheTextStays() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.AUTHOR));
        admin.open("/admin/articles/edit.xhtml");
        admin.typeBody("Đoạn văn phải còn nguyên.");
        long before = TestDatabase.count("SELECT COUNT(*) FROM media_file");

        admin.drop("article:body", "anh-that.jpg", "image/jpeg", Files.readAllBytes(image())); // PNG bytes under a JPEG name
        WebElement message = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-notification")));
        assertThat(message.getText()).contains("không khớp với nội dung");
        assertThat(admin.richText("article:body")).contains("Đoạn văn phải còn nguyên.");
        assertThat(admin.richHtml("article:body")).doesNotContain("<img");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM media_file")).isEqualTo(before);
    }

    private Path image() throws Exception {
        return Path.of(EditorIT.class.getResource("/images/hoi-nghi.png").toURI());
    }

    @Test
    void whatIsTypedIsAutosavedAndOfferedOnAnotherComputer() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        AdminPages admin = pages();
        admin.signIn(author);
        // The first computer's browser keeps nothing (storage switched off): the server's copy still is.
        ((HasCdp) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "Object.defineProperty(window, 'localStorage', {get: function () { throw new DOMException('off', 'SecurityError'); }});"));
        String title = "Bài tự lưu " + UUID.randomUUID().toString().substring(0, 6);
        long id = admin.writeArticle(title);
        admin.typeBody("Đoạn gõ trên máy thứ nhất, chưa bấm Lưu.");
        new WebDriverWait(browser, Duration.ofSeconds(45)).until(ExpectedConditions.textMatches(By.id("article-autosave"),
                java.util.regex.Pattern.compile("Đã tự lưu lúc")));
        // Not a revision, and the article itself is unchanged until it is saved.
        assertThat(TestDatabase.strings("SELECT body FROM article WHERE id = ?", id).get(0)).doesNotContain("máy thứ nhất");

        WebDriver other = Browsers.headlessChromium();
        try {
            AdminPages second = new AdminPages(other, Http.root(base));
            second.signIn(author);
            second.open("/admin/articles/edit.xhtml?id=" + id);
            new WebDriverWait(other, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id("article-draft-restore")))
                    .click();
            assertThat(second.richText("article:body")).contains("Đoạn gõ trên máy thứ nhất, chưa bấm Lưu.");
            // Ctrl+S saves, from inside the text.
            WebElement text = second.enterRichText("article:body");
            text.sendKeys(Keys.chord(Keys.CONTROL, "s"));
            other.switchTo().defaultContent();
            new WebDriverWait(other, Duration.ofSeconds(20)).until(b -> {
                try {
                    return TestDatabase.strings("SELECT body FROM article WHERE id = ?", id).get(0).contains("máy thứ nhất");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            other.quit();
        }
        // Saved: the autosave has done its job and is offered nowhere any more.
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM autosave WHERE username = ?", author.username())).isZero();
    }

    @Test
    void twoNewArticlesKeepTheirOwnAutosavesAndANewFormOffersTheNewest() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        AdminPages admin = pages();
        admin.signIn(author);
        java.time.Instant now = java.time.Instant.now();
        // Two new articles were being typed in two tabs, the second one last.
        TestDatabase.update("INSERT INTO autosave (username, draft_key, based_on_version, fields, saved_at) VALUES (?, ?, ?, ?, ?)",
                author.username(), "article-new-aaaaaaaaaaaaaaaa", null,
                "{\"article:title\":\"Bài mới thứ nhất\",\"article:body\":\"<p>Thân bài thứ nhất.</p>\"}",
                java.sql.Timestamp.from(now.minusSeconds(120)));
        TestDatabase.update("INSERT INTO autosave (username, draft_key, based_on_version, fields, saved_at) VALUES (?, ?, ?, ?, ?)",
                author.username(), "article-new-bbbbbbbbbbbbbbbb", null,
                "{\"article:title\":\"Bài mới thứ hai\",\"article:body\":\"<p>Thân bài thứ hai.</p>\"}",
                java.sql.Timestamp.from(now.minusSeconds(60)));

        admin.open("/admin/articles/edit.xhtml");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id("article-draft-restore")))
                .click();
        assertThat(browser.findElement(By.id("article:title")).getAttribute("value")).isEqualTo("Bài mới thứ hai");
        assertThat(admin.richText("article:body")).contains("Thân bài thứ hai.");
        // Taken over: kept under this form's own name from now on.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textMatches(By.id("article-autosave"),
                java.util.regex.Pattern.compile("Đã tự lưu lúc")));
        admin.type(By.id("article:lead"), "Tóm tắt.");
        admin.choose("article:category", "Tin hoạt động");
        admin.type(By.id("article:author"), "Phòng Kiểm thử");
        admin.press("article:save");
        long id = admin.itemId();

        assertThat(TestDatabase.strings("SELECT title FROM article WHERE id = ?", id)).containsExactly("Bài mới thứ hai");
        // Saving the second one lets its text go and keeps the first one's for its own tab.
        assertThat(TestDatabase.strings("SELECT draft_key FROM autosave WHERE username = ?", author.username()))
                .containsExactly("article-new-aaaaaaaaaaaaaaaa");
    }

    @Test
    void anotherPersonNeverSeesMyAutosave() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        AdminPages admin = pages();
        admin.signIn(author);
        long id = admin.writeArticle("Bài của riêng tôi " + UUID.randomUUID().toString().substring(0, 6));
        TestDatabase.update("INSERT INTO autosave (username, draft_key, based_on_version, fields, saved_at) VALUES (?, ?, ?, ?, ?)",
                "someone-else", "article-" + id, 0L, "{\"article:body\":\"<p>Bí mật</p>\"}", java.sql.Timestamp.from(java.time.Instant.now()));

        admin.open("/admin/articles/edit.xhtml?id=" + id);
        admin.awaitRichText("article:body");
        Thread.sleep(1500); // the offer would come from the server within this time
        assertThat(admin.has(By.id("article-draft-restore"))).isFalse();
        assertThat(browser.getPageSource()).doesNotContain("Bí mật");
    }

    @Test
    void aDraftIsPreviewedInThePublicTemplateByStaffOnly() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.AUTHOR));
        String title = "Bài nháp xem trước " + UUID.randomUUID().toString().substring(0, 6);
        long id = admin.writeArticle(title);
        String slug = TestDatabase.strings("SELECT slug FROM article WHERE id = ?", id).get(0);

        String preview = browser.findElement(By.id("preview")).getAttribute("href");
        browser.get(preview);
        assertThat(browser.findElement(By.cssSelector("h1.article__title")).getText()).isEqualToIgnoringCase(title);
        assertThat(browser.findElement(By.cssSelector(".article__body")).getText()).contains("Đoạn thứ hai của bài viết.");
        assertThat(browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains("Tin hoạt động");

        // Nobody else: not at its public address, not at the preview's.
        assertThat(Http.get(base, "/bai-viet/" + slug).statusCode()).isEqualTo(404);
        String path = preview.substring(Http.root(base).length());
        Http.RawResponse anonymous = Http.raw(base, path);
        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(anonymous.body()).doesNotContain(title);

        // A notice still in draft, the same way.
        String notice = "Thông báo nháp xem trước " + UUID.randomUUID().toString().substring(0, 6);
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        TestDatabase.update("INSERT INTO notice (title, slug, summary, body, status, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, 0)", notice, "tb-" + UUID.randomUUID(), "Tóm tắt.", "<p>Nội dung thông báo nháp.</p>", now, now);
        long noticeId = TestDatabase.count("SELECT id FROM notice WHERE title = ?", notice);
        // Notices are editors' work: an author does not read their drafts here either.
        browser.get(url("/admin/xem-truoc/thong-bao/" + noticeId));
        assertThat(browser.getPageSource()).doesNotContain("Nội dung thông báo nháp.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
        admin.open("/admin/");
        admin.signOut();
        admin.signIn(TestStaff.create(Role.EDITOR));
        browser.get(url("/admin/xem-truoc/thong-bao/" + noticeId));
        assertThat(browser.findElement(By.cssSelector("h1.article__title")).getText()).isEqualToIgnoringCase(notice);
        assertThat(browser.getPageSource()).contains("Nội dung thông báo nháp.");
        assertThat(Http.raw(base, "/admin/xem-truoc/thong-bao/" + noticeId).statusCode()).isEqualTo(404);
    }
}
