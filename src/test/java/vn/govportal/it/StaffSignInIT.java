package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.govportal.security.Role;

/** Staff sign in to the admin console; everyone else is kept out. */
class StaffSignInIT extends BrowserTestBase {

    private void signIn(String username, String password) {
        browser.findElement(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).clear();
        browser.findElement(By.id("login:password")).sendKeys(password);
        Browsers.clickAndWait(browser, By.id("login:submit"));
    }

    @Test
    void theFirstStartCreatedAnAdministrator() throws Exception {
        assertThat(TestDatabase.strings("SELECT role FROM staff_account WHERE username = 'admin'")).containsExactly("ADMIN");
        assertThat(TestDatabase.strings("SELECT password_hash FROM staff_account WHERE username = 'admin'").get(0))
                .startsWith("pbkdf2-sha256$");
    }

    @Test
    void anAdminPageSendsAVisitorToSignInAndBackAfterwards() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);

        browser.get(url("/admin/account/password.xhtml"));
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        signIn(editor.username(), editor.password());

        assertThat(browser.getCurrentUrl()).endsWith("/admin/account/password.xhtml");
        assertThat(browser.findElement(By.cssSelector(".admin-header__user")).getText())
                .contains(editor.displayName()).contains("Biên tập viên");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN'",
                editor.username())).isEqualTo(1);

        Browsers.clickAndWait(browser, By.cssSelector("#signOutForm input[type=submit]"));
        browser.get(url("/admin/"));
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void aWrongPasswordIsRefusedAndRecorded() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);

        browser.get(url("/login.xhtml"));
        signIn(author.username(), author.password() + "x");

        assertThat(browser.findElement(By.cssSelector(".ui-messages-error")).getText())
                .contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN_FAILED'",
                author.username())).isEqualTo(1);
    }

    @Test
    void repeatedFailuresAreSlowedDownEvenForTheRightPassword() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        browser.get(url("/login.xhtml"));
        for (int i = 0; i < 5; i++) {
            signIn(author.username(), "sai-mat-khau-" + i);
        }
        signIn(author.username(), author.password());

        assertThat(browser.findElement(By.cssSelector(".ui-messages-error")).getText()).contains("Xin chờ");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void anAuthorCannotOpenTheUsersPage() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        browser.get(url("/login.xhtml"));
        signIn(author.username(), author.password());
        assertThat(browser.getCurrentUrl()).endsWith("/admin/");

        browser.get(url("/admin/users/"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
        assertThat(browser.getPageSource()).doesNotContain("Exception");

        // The same folder spelt with an escape is the same folder.
        browser.get(url("/admin/%75sers/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");

        // A member who chose English is told in English.
        browser.get(url("/admin/?hl=en"));
        browser.get(url("/admin/users/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Access denied");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void aMemberChangesTheirPasswordAndSignsInWithTheNewOne() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        browser.get(url("/admin/account/password.xhtml"));
        signIn(author.username(), author.password());

        browser.findElement(By.id("password:current")).sendKeys(author.password());
        browser.findElement(By.id("password:replacement")).sendKeys("mật khẩu mới rất dài");
        browser.findElement(By.id("password:confirmation")).sendKeys("mật khẩu mới rất dài");
        Browsers.clickAndWait(browser, By.id("password:submit"));

        assertThat(browser.getCurrentUrl()).endsWith("/admin/");
        Browsers.clickAndWait(browser, By.cssSelector("#signOutForm input[type=submit]"));
        browser.get(url("/login.xhtml"));
        signIn(author.username(), "mật khẩu mới rất dài");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/");
    }

    @Test
    void theConsoleIsInEnglishForThoseWhoAskAndStaysSo() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        browser.get(url("/login.xhtml"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");

        Browsers.clickAndWait(browser, By.cssSelector(".language-switch a[lang='en']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        signIn(editor.username(), editor.password());

        browser.get(url("/admin/articles/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Articles");
        assertThat(browser.findElement(By.cssSelector(".admin-header__user")).getText()).contains("(Editor)");
        assertThat(browser.findElements(By.cssSelector(".articles-table .status"))).anyMatch(e -> e.getText().equals("Published"));

        Browsers.clickAndWait(browser, By.cssSelector(".language-switch a[lang='vi']"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/articles/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bài viết");
    }

    @Test
    void theResourceSourceFolderIsNotServed() {
        // The source folder itself is not a public address, for staff or anyone else.
        assertThat(Http.get(base, "/resources/admin/console.js").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/%72esources/admin/admin.css").statusCode()).isEqualTo(404);
    }

    @Test
    void unauthenticatedRequestsForAdminPagesAreRedirected() {
        HttpResponse<String> response = Http.get(base, "/admin/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login.xhtml");
    }
}
