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
        String title = "Thông báo kiểm thử " + UUID.randomUUID().toString().substring(0, 6);
        pages.type(By.id("notice:title"), title);
        pages.type(By.id("notice:summary"), "Tóm tắt thông báo kiểm thử.");
        pages.choose("notice:attachment", "ke-hoach-cchc.pdf");
        new Select(browser.findElement(By.id("notice:status"))).selectByVisibleText("Đã xuất bản");
        pages.press("notice:save");

        assertThat(browser.getCurrentUrl()).contains("/admin/notices/edit.xhtml?id=");
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
