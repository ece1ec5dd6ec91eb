package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import vn.govportal.security.Role;

/** Editors publish notices with an attached document; the public notices list shows them at once. */
@ExtendWith(ArquillianExtension.class)
class NoticeAdminIT {

    @ArquillianResource
    private URL base;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.headlessChromium();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anEditorPublishesANoticeWithAnAttachment() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = new AdminPages(browser, Http.root(base));
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
        AdminPages pages = new AdminPages(browser, Http.root(base));
        pages.signIn(editor);
        pages.open("/admin/notices/edit.xhtml");
        pages.type(By.id("notice:summary"), "Tóm tắt viết trước.");
        pages.press("notice:save");

        assertThat(pages.messages()).contains("bắt buộc");
        assertThat(browser.findElement(By.id("notice:summary")).getAttribute("value")).isEqualTo("Tóm tắt viết trước.");
    }
}
