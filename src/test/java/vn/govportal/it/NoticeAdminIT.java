package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.govportal.security.Role;

/** Editors publish notices with an attached document; the public notices list shows them at once. */
class NoticeAdminIT extends BrowserTestBase {

    @Test
    void anEditorPublishesANoticeWithAnAttachment() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);
        pages.open("/admin/notices/edit.xhtml");
        // The new notice's form autosaves under a name of its own; say its 30 s have passed once.
        String formKey = browser.findElement(By.cssSelector("form[data-draft-key]")).getAttribute("data-draft-key");
        assertThat(formKey).matches("notice-new-[a-z0-9]{16}");
        TestDatabase.update("INSERT INTO autosave (username, draft_key, based_on_version, fields, saved_at) VALUES (?, ?, ?, ?, ?)",
                editor.username(), formKey, null, "{\"notice:title\":\"Đang gõ\"}", java.sql.Timestamp.from(java.time.Instant.now()));
        String title = "Thông báo kiểm thử " + UUID.randomUUID().toString().substring(0, 6);
        pages.type(By.id("notice:title"), title);
        pages.type(By.id("notice:summary"), "Tóm tắt thông báo kiểm thử.");
        pages.choose("notice:attachment", "ke-hoach-cchc.pdf");
        new Select(browser.findElement(By.id("notice:status"))).selectByVisibleText("Đã xuất bản");
        pages.press("notice:save");

        assertThat(browser.getCurrentUrl()).contains("/admin/notices/edit.xhtml?id=");
        // Saved: its autosave is let go, and no later new notice is offered this text.
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM autosave WHERE username = ?", editor.username())).isZero();
        String slug = TestDatabase.strings("SELECT slug FROM notice WHERE title = ?", title).get(0);
        assertThat(Http.get(base, "/thong-bao").body()).contains(title);
        assertThat(Http.get(base, "/thong-bao/" + slug).body()).contains("ke-hoach-cchc.pdf").contains("Tóm tắt thông báo kiểm thử.");
    }

    @Test
    void aNoticeWithoutATitleIsRefusedAndTheSummaryStays() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);
        pages.open("/admin/notices/edit.xhtml");
        pages.type(By.id("notice:summary"), "Tóm tắt viết trước.");
        pages.press("notice:save");

        assertThat(pages.messages()).contains("bắt buộc");
        assertThat(browser.findElement(By.id("notice:summary")).getAttribute("value")).isEqualTo("Tóm tắt viết trước.");
    }
}
