package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import vn.govportal.security.Role;

/**
 * The console's frame as staff see it: a sidebar of links grouped by purpose, only those their role
 * may open, the page shown marked; a breadcrumb and one title on every page; a "new" menu; and a
 * layout that folds the sidebar away on narrow screens and never runs wider than a phone.
 */
class ConsoleLayoutIT extends BrowserTestBase {

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent").strip()).toList();
    }

    private String attribute(By element, String name) {
        return browser.findElement(element).getAttribute(name);
    }

    @Test
    void theSidebarGroupsItsLinksByPurposeAndOffersEachRoleOnlyWhatItMayOpen() throws Exception {
        AdminPages pages = pages();

        pages.signIn(TestStaff.create(Role.AUTHOR));
        assertThat(texts("#admin-sidebar .admin-sidebar__group")).containsExactly("Nội dung", "Hệ thống");
        assertThat(texts("#admin-sidebar ul a")).containsExactly("Tổng quan", "Bài viết", "Văn bản", "Đổi mật khẩu");
        assertThat(browser.findElements(By.cssSelector("a[href$='/admin/users/']"))).as("an author is not offered the staff accounts").isEmpty();
        assertThat(texts("#new-menu-list a")).containsExactly("Bài viết");
        pages.signOut();

        pages.signIn(TestStaff.create(Role.EDITOR));
        assertThat(texts("#admin-sidebar .admin-sidebar__group")).containsExactly("Nội dung", "Trang", "Hệ thống");
        assertThat(texts("#admin-sidebar ul a")).containsExactly("Tổng quan", "Bài viết", "Thông báo", "Văn bản", "Hỏi đáp", "Thủ tục hành chính", "Thư viện tệp",
                "Trang thông tin", "Menu", "Tin vắn", "Liên kết website", "Chuyên mục", "Đổi mật khẩu");
        assertThat(texts("#new-menu-list a")).containsExactly("Bài viết", "Thông báo", "Tải tệp lên");
        pages.signOut();

        pages.signIn(TestStaff.create(Role.ADMIN));
        assertThat(texts("#admin-sidebar ul a")).containsExactly("Tổng quan", "Bài viết", "Thông báo", "Văn bản", "Hỏi đáp", "Thủ tục hành chính", "Thư viện tệp",
                "Trang thông tin", "Menu", "Tin vắn", "Liên kết website", "Chuyên mục", "Thông tin cơ quan",
                "Tài khoản cán bộ", "Nhật ký hệ thống", "Sao lưu dữ liệu", "Đổi mật khẩu");
        // Each group is a list named by its heading.
        for (WebElement list : browser.findElements(By.cssSelector("#admin-sidebar ul"))) {
            String label = list.getAttribute("aria-labelledby");
            assertThat(browser.findElement(By.id(label)).getText()).isNotBlank();
        }
    }

    @Test
    void theSidebarMarksThePageShownAndTheListAnEditorBelongsTo() throws Exception {
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));

        assertThat(texts("#admin-sidebar [aria-current='page']")).containsExactly("Tổng quan");
        pages.open("/admin/site/links.xhtml");
        assertThat(texts("#admin-sidebar [aria-current='page']")).containsExactly("Liên kết website");
        pages.open("/admin/articles/edit.xhtml");
        assertThat(texts("#admin-sidebar [aria-current]")).as("the editor is not a page of the sidebar").isEmpty();
        assertThat(texts("#admin-sidebar a.is-within")).containsExactly("Bài viết");
    }

    @Test
    void everyConsolePageTypeHasABreadcrumbEndingWithItAndOneTitle() throws Exception {
        long article = TestDatabase.count("SELECT MIN(id) FROM article");
        String articleTitle = TestDatabase.strings("SELECT title FROM article WHERE id = ?", article).get(0);
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("/admin/", "Tổng quan");
        titles.put("/admin/articles/", "Bài viết");
        titles.put("/admin/articles/revisions.xhtml?id=" + article, "Các phiên bản của bài viết");
        titles.put("/admin/notices/", "Thông báo");
        titles.put("/admin/media/", "Thư viện tệp");
        titles.put("/admin/site/ticker.xhtml", "Tin vắn");
        titles.put("/admin/site/links.xhtml", "Liên kết website");
        titles.put("/admin/site/categories.xhtml", "Chuyên mục");
        titles.put("/admin/settings/", "Thông tin cơ quan");
        titles.put("/admin/users/", "Tài khoản cán bộ");
        titles.put("/admin/audit/", "Nhật ký hệ thống");
        titles.put("/admin/backup/", "Sao lưu dữ liệu");
        titles.put("/admin/account/password.xhtml", "Đổi mật khẩu");
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.ADMIN));

        for (Map.Entry<String, String> page : titles.entrySet()) {
            pages.open(page.getKey());
            List<WebElement> steps = breadcrumbOf(page.getKey());
            WebElement last = steps.get(steps.size() - 1);
            assertThat(last.getText()).as(page.getKey()).isEqualTo(page.getValue());
            assertThat(texts("h1")).as(page.getKey()).containsExactly(page.getValue());
            assertThat(browser.getTitle()).as(page.getKey()).startsWith(page.getValue() + " - ");
            if (!page.getKey().equals("/admin/")) {
                assertThat(steps.get(0).findElement(By.tagName("a")).getAttribute("href")).as(page.getKey()).endsWith("/admin/");
                assertThat(steps.get(0).getText()).isEqualTo("Tổng quan");
            }
        }
        pages.open("/admin/articles/revisions.xhtml?id=" + article);
        assertThat(texts("nav.breadcrumb li")).containsExactly("Tổng quan", "Bài viết", articleTitle, "Các phiên bản của bài viết");

        // The article and notice editors: the frame gives them a breadcrumb whatever they declare, and they keep one title.
        long notice = TestDatabase.count("SELECT MIN(id) FROM notice");
        for (String path : List.of("/admin/articles/edit.xhtml", "/admin/articles/edit.xhtml?id=" + article,
                "/admin/notices/edit.xhtml", "/admin/notices/edit.xhtml?id=" + notice)) {
            pages.open(path);
            assertThat(breadcrumbOf(path).get(0).getText()).as(path).isEqualTo("Tổng quan");
            assertThat(texts("h1")).as(path).hasSize(1).allMatch(text -> !text.isBlank());
        }
    }

    /** The page's breadcrumb, checked for what makes it one: a named nav, a list, the last step marked current. */
    private List<WebElement> breadcrumbOf(String path) {
        List<WebElement> navs = browser.findElements(By.cssSelector("nav.breadcrumb"));
        assertThat(navs).as(path).hasSize(1);
        assertThat(navs.get(0).getAttribute("aria-label")).as(path).isNotBlank();
        List<WebElement> steps = navs.get(0).findElements(By.cssSelector("ol > li"));
        assertThat(steps).as(path).isNotEmpty();
        WebElement last = steps.get(steps.size() - 1);
        assertThat(last.getAttribute("aria-current")).as(path).isEqualTo("page");
        assertThat(last.getText()).as(path).isNotBlank();
        assertThat(steps.subList(0, steps.size() - 1)).as(path)
                .allMatch(step -> step.getAttribute("aria-current") == null && !step.findElements(By.tagName("a")).isEmpty());
        return steps;
    }

    @Test
    void theNewMenuOpensAndClosesLikeADisclosure() throws Exception {
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        By button = By.id("new-menu-button");
        WebElement list = browser.findElement(By.id("new-menu-list"));
        assertThat(attribute(button, "aria-controls")).isEqualTo("new-menu-list");
        assertThat(attribute(button, "aria-expanded")).isEqualTo("false");
        assertThat(list.isDisplayed()).isFalse();

        browser.findElement(button).click();
        assertThat(attribute(button, "aria-expanded")).isEqualTo("true");
        assertThat(list.isDisplayed()).isTrue();
        browser.findElement(button).sendKeys(Keys.TAB); // to the first link, still inside the menu
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(attribute(button, "aria-expanded")).isEqualTo("false");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus goes back to the button").isEqualTo("new-menu-button");

        browser.findElement(button).click();
        browser.findElement(By.cssSelector(".admin-header__user span")).click();
        assertThat(list.isDisplayed()).as("a click elsewhere closes it").isFalse();

        browser.findElement(button).click();
        Browsers.clickAndWait(browser, By.cssSelector("#new-menu-list a[href$='/admin/notices/edit.xhtml']"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/notices/edit.xhtml");
    }

    @Test
    void onNarrowScreensTheSidebarFoldsBehindItsButtonAndNoPageRunsWiderThanThePhone() throws Exception {
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        WebElement sidebar = browser.findElement(By.id("admin-sidebar"));
        WebElement toggle = browser.findElement(By.id("sidebar-toggle"));

        browser.manage().window().setSize(new Dimension(1366, 768));
        screenshot("dashboard-1366");
        assertThat(sidebar.isDisplayed()).isTrue();
        assertThat(toggle.isDisplayed()).as("no menu button where the sidebar fits").isFalse();

        browser.manage().window().setSize(new Dimension(768, 1000));
        assertThat(sidebar.isDisplayed()).isFalse();
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(sidebar.isDisplayed()).isTrue();
        screenshot("dashboard-768-menu");
        toggle.sendKeys(Keys.ESCAPE);
        assertThat(sidebar.isDisplayed()).isFalse();

        browser.manage().window().setSize(new Dimension(360, 800));
        for (String path : List.of("/admin/", "/admin/articles/", "/admin/notices/", "/admin/media/", "/admin/site/links.xhtml")) {
            pages.open(path);
            assertThat(overflow()).as(() -> path + " at 360 px, too wide: " + tooWide()).isLessThanOrEqualTo(0);
        }
        pages.open("/admin/articles/");
        screenshot("articles-360");
        browser.findElement(By.id("new-menu-button")).click();
        assertThat(overflow()).as(() -> "the open new menu at 360 px, too wide: " + tooWide()).isLessThanOrEqualTo(0);
        screenshot("articles-360-new-menu");
        browser.findElement(By.id("new-menu-button")).click();
        browser.findElement(By.id("sidebar-toggle")).click();
        assertThat(overflow()).as(() -> "the open sidebar at 360 px, too wide: " + tooWide()).isLessThanOrEqualTo(0);
        screenshot("articles-360-menu");
    }

    /** By how many pixels the page is wider than the window (0 or less: it fits). */
    private long overflow() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** The innermost elements that reach past the window's right edge, to say what makes a page too wide. */
    private Object tooWide() {
        return ((JavascriptExecutor) browser).executeScript("var width = document.documentElement.clientWidth, found = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + "   var r = e.getBoundingClientRect();"
                + "   if (r.right > width + 0.5 && !Array.prototype.some.call(e.children, function (c) {"
                + "       return c.getBoundingClientRect().right > width + 0.5; })) {"
                + "     found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(r.right)); } });"
                + " return found.slice(0, 10).join(', ');");
    }

    /** Keeps what the browser shows, for a person to look at (target/console-screenshots). */
    private void screenshot(String name) throws Exception {
        Path folder = Path.of("target", "console-screenshots");
        Files.createDirectories(folder);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
