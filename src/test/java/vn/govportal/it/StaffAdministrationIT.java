package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.govportal.security.Role;

/** Administrators create staff accounts, hand over generated passwords and disable accounts. */
class StaffAdministrationIT extends BrowserTestBase {

    @Test
    void anAdministratorCreatesAnAuthorWhoSignsInUntilDisabled() throws Exception {
        TestStaff admin = TestStaff.create(Role.ADMIN);
        AdminPages pages = pages();
        pages.signIn(admin);
        pages.open("/admin/users/");

        String username = "tac-gia-" + UUID.randomUUID().toString().substring(0, 6);
        pages.type(By.id("create:username"), username);
        pages.type(By.id("create:displayName"), "Nguyễn Thị Hoài Thu");
        pages.press("create:submit");

        String announcement = browser.findElement(By.cssSelector(".ui-messages-warn")).getText();
        Matcher password = Pattern.compile("Mật khẩu tạm thời của " + username + ": (\\S+)").matcher(announcement);
        assertThat(password.find()).as(announcement).isTrue();
        assertThat(TestDatabase.strings("SELECT role FROM staff_account WHERE username = ?", username)).containsExactly("AUTHOR");
        assertThat(TestDatabase.strings("SELECT password_hash FROM staff_account WHERE username = ?", username).get(0))
                .doesNotContain(password.group(1));

        WebElement row = browser.findElements(By.cssSelector(".users-table tbody tr")).stream()
                .filter(r -> r.getText().contains(username)).findFirst().orElseThrow();
        Browsers.clickAndWait(browser, By.id(row.findElement(By.cssSelector("input[id$=':toggle']")).getAttribute("id")));
        assertThat(TestDatabase.strings("SELECT CASE WHEN enabled THEN 'true' ELSE 'false' END FROM staff_account WHERE username = ?", username).get(0))
                .isEqualToIgnoringCase("false");
        pages.signOut();

        pages.signIn(new TestStaff(username, password.group(1), "Nguyễn Thị Hoài Thu"));
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN_FAILED'"
                + " AND detail = 'account disabled'", username)).isEqualTo(1);
    }

    @Test
    void anAdministratorFindsFailedSignInsInTheAuditLog() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        TestStaff admin = TestStaff.create(Role.ADMIN);
        AdminPages pages = pages();
        pages.signIn(new TestStaff(author.username(), "mat-khau-sai", author.displayName()));
        pages.signIn(admin);

        pages.open("/admin/audit/");
        pages.type(By.id("audit:actor"), author.username());
        Browsers.clickAndWaitForAjax(browser, By.id("audit:apply"));

        assertThat(browser.findElements(By.cssSelector(".audit-table tbody tr")))
                .hasSize(1)
                .allMatch(row -> row.getText().contains("SIGN_IN_FAILED") && row.getText().contains("wrong password"));
    }

    @Test
    void anEditorCannotReadTheAuditLog() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);
        pages.open("/admin/audit/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
    }

    @Test
    void aBadUsernameIsExplainedBesideTheField() throws Exception {
        TestStaff admin = TestStaff.create(Role.ADMIN);
        AdminPages pages = pages();
        pages.signIn(admin);
        pages.open("/admin/users/");
        pages.type(By.id("create:username"), "Tên Có Dấu");
        pages.type(By.id("create:displayName"), "Người dùng thử");
        pages.press("create:submit");

        assertThat(pages.messages()).contains("Tên đăng nhập gồm 3–60 ký tự");
        assertThat(browser.findElement(By.id("create:displayName")).getAttribute("value")).isEqualTo("Người dùng thử");
    }

    @Test
    void disablingAnAccountEndsTheSessionItHasOpen() throws Exception {
        TestStaff admin = TestStaff.create(Role.ADMIN);
        TestStaff author = TestStaff.create(Role.AUTHOR);
        WebDriver authorsBrowser = Browsers.headlessChromium();
        try {
            AdminPages authorsPages = new AdminPages(authorsBrowser, Http.root(base));
            authorsPages.signIn(author);
            authorsPages.open("/admin/articles/");
            assertThat(authorsBrowser.getCurrentUrl()).endsWith("/admin/articles/");

            AdminPages pages = pages();
            pages.signIn(admin);
            pages.open("/admin/users/");
            WebElement row = browser.findElements(By.cssSelector(".users-table tbody tr")).stream()
                    .filter(r -> r.getText().contains(author.username())).findFirst().orElseThrow();
            Browsers.clickAndWait(browser, By.id(row.findElement(By.cssSelector("input[id$=':toggle']")).getAttribute("id")));

            authorsPages.open("/admin/articles/edit.xhtml");
            assertThat(authorsBrowser.getCurrentUrl()).as("the author's next click").contains("/login.xhtml");
            authorsPages.open("/admin/articles/");
            assertThat(authorsBrowser.getCurrentUrl()).contains("/login.xhtml");
        } finally {
            authorsBrowser.quit();
        }
    }

    @Test
    void anAccountGivenALowerRoleLosesTheHigherOneAtOnce() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        WebDriver editorsBrowser = Browsers.headlessChromium();
        try {
            AdminPages editorsPages = new AdminPages(editorsBrowser, Http.root(base));
            editorsPages.signIn(editor);
            editorsPages.open("/admin/notices/");
            assertThat(editorsBrowser.getCurrentUrl()).endsWith("/admin/notices/");

            TestDatabase.update("UPDATE staff_account SET role = 'AUTHOR', version = version + 1 WHERE username = ?",
                    editor.username());

            editorsPages.open("/admin/notices/");
            assertThat(editorsBrowser.getCurrentUrl()).as("an editor made author loses the editor's pages at once")
                    .contains("/login.xhtml");
            editorsPages.signIn(editor);
            editorsPages.open("/admin/notices/");
            assertThat(editorsBrowser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
        } finally {
            editorsBrowser.quit();
        }
    }
}
