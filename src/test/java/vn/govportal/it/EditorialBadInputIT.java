package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.govportal.security.Role;

/** Mistakes staff make in the article form get a clear message, and nothing saved or typed is lost. */
class EditorialBadInputIT extends BrowserTestBase {

    private String messageBeside(String field) {
        return browser.findElements(By.cssSelector(".field:has([id='" + field + "']) .ui-message-error")).stream()
                .map(e -> e.getText()).findFirst()
                .orElseThrow(() -> new AssertionError("no message beside " + field + " on " + browser.getCurrentUrl()
                        + "; the page says: " + browser.findElement(By.tagName("main")).getText()));
    }

    @Test
    void aSlugAnotherArticleHasIsRefusedBesideTheField() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages admin = pages();
        admin.signIn(editor);
        long first = admin.writeArticle("Bài có đường dẫn " + UUID.randomUUID().toString().substring(0, 6));
        String taken = TestDatabase.strings("SELECT slug FROM article WHERE id = ?", first).get(0);

        admin.open("/admin/articles/edit.xhtml");
        admin.type(By.id("article:title"), "Bài muốn dùng lại đường dẫn");
        admin.type(By.id("article:slug"), taken);
        admin.typeBody("Nội dung không được mất.");
        admin.choose("article:category", "Tin hoạt động");
        admin.press("article:save");

        assertThat(messageBeside("article:slug")).contains(taken);
        assertThat(admin.richText("article:body")).contains("Nội dung không được mất.");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM article WHERE title = ?", "Bài muốn dùng lại đường dẫn")).isZero();
    }

    @Test
    void aPublishTimeInThePastIsRefusedAndTheArticleStaysADraft() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages admin = pages();
        admin.signIn(editor);
        long id = admin.writeArticle("Bài hẹn giờ sai " + UUID.randomUUID().toString().substring(0, 6));

        String yesterday = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        admin.type(By.id("article:scheduleAt_input"), yesterday);
        browser.findElement(By.tagName("h1")).click(); // a click elsewhere closes the calendar, as a person would
        admin.press("article:publish");

        assertThat(messageBeside("article:scheduleAt")).contains("tương lai");
        assertThat(TestDatabase.strings("SELECT status FROM article WHERE id = ?", id)).containsExactly("DRAFT");
    }

    @Test
    void aBodyOfFiveMegabytesIsRefusedWithoutLosingTheSavedArticle() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages admin = pages();
        admin.signIn(editor);
        long id = admin.writeArticle("Bài quá dài " + UUID.randomUUID().toString().substring(0, 6));
        String saved = TestDatabase.strings("SELECT body FROM article WHERE id = ?", id).get(0);

        // Five megabytes of paragraphs, as a huge paste would post them.
        String paragraph = "<p>" + "Đoạn văn rất dài. ".repeat(50) + "</p>";
        admin.postBodyAsIs("article:body", paragraph.repeat(5 * 1024 * 1024 / paragraph.length() + 1));
        admin.press("article:save");

        assertThat(messageBeside("article:body")).contains("quá dài");
        assertThat(TestDatabase.strings("SELECT body FROM article WHERE id = ?", id)).containsExactly(saved);
    }
}
