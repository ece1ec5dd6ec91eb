package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.govportal.security.Role;

/**
 * Editors write the agency's pages and arrange the menus: a page is public once published, a
 * menu change is on the public site at once, a page goes back to an earlier save, and the menu
 * keeps one level of nesting.
 */
class PagesAndMenuIT extends BrowserTestBase {

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void anEditorWritesAPageAndAddsItToTheMenu() throws Exception {
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        pages.open("/admin/pages/edit.xhtml");
        String token = token();
        String title = "Trang kiểm thử " + token;
        pages.type(By.id("page:title"), title);
        pages.type(By.id("page:summary"), "Tóm tắt trang kiểm thử.");
        pages.postBodyAsIs("page:body", "<p>Nội dung trang " + token + "</p><script>alert(1)</script>"
                + "<p onclick=\"alert(2)\">Đoạn hai</p>");
        new Select(browser.findElement(By.id("page:status"))).selectByVisibleText("Đã xuất bản");
        pages.press("page:save");

        assertThat(browser.getCurrentUrl()).as(pages.messages()).contains("/admin/pages/edit.xhtml?id=");
        String slug = TestDatabase.strings("SELECT slug FROM site_page WHERE title = ?", title).get(0);
        String published = Http.get(base, "/trang/" + slug).body();
        assertThat(published).contains("Nội dung trang " + token).contains("Đoạn hai").doesNotContain("alert(");

        pages.open("/admin/site/menu.xhtml");
        String label = "Mục " + token;
        pages.type(By.id("item:label"), label);
        new Select(browser.findElement(By.id("item:target"))).selectByVisibleText("Trang thông tin");
        new Select(browser.findElement(By.id("item:page"))).selectByVisibleText(title);
        pages.press("item:save");

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM menu_item WHERE label = ? AND menu = 'MAIN'", label)).as(pages.messages()).isEqualTo(1);
        // At once: no wait for any cache to expire.
        assertThat(Http.get(base, "/").body()).contains(">" + label + "</a>");
        browser.get(url("/"));
        Browsers.clickAndWait(browser, By.linkText(label));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualToIgnoringCase(title);
        // Without an English label, it stays off the English site.
        assertThat(Http.get(base, "/en/").body()).doesNotContain(label);
    }

    @Test
    void anItemWithSubItemsStaysAtTheTopAndWhatWasTypedStays() throws Exception {
        String token = token();
        long parent = menuItem("Cha " + token, null);
        menuItem("Con " + token, parent);
        menuItem("Khác " + token, null);
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        pages.open("/admin/site/menu.xhtml");
        Browsers.clickAndWait(browser, By.cssSelector("input[title='Sửa: Cha " + token + "']"));
        pages.type(By.id("item:label"), "Cha đổi tên " + token);
        new Select(browser.findElement(By.id("item:parent"))).selectByVisibleText("Khác " + token);
        pages.press("item:save");

        assertThat(browser.findElement(By.cssSelector("[id='item:parent'] ~ .ui-message-error, .ui-message-error")).getText())
                .contains("mục con");
        assertThat(browser.findElement(By.id("item:label")).getAttribute("value")).isEqualTo("Cha đổi tên " + token);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM menu_item WHERE id = ? AND parent_id IS NULL AND label = ?",
                parent, "Cha " + token)).isEqualTo(1);
    }

    @Test
    void anItemMovedThenChangedStaysWhereItWasMoved() throws Exception {
        String token = token();
        long first = menuItem("Trước " + token, null);
        long second = menuItem("Sau " + token, null);
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        pages.open("/admin/site/menu.xhtml");
        // The form holds the item as it was before the move.
        Browsers.clickAndWait(browser, By.cssSelector("input[title='Sửa: Sau " + token + "']"));
        Browsers.clickAndWait(browser, By.cssSelector("input[title='Lên: Sau " + token + "']"));
        assertThat(order(second)).isLessThan(order(first));
        pages.type(By.id("item:label"), "Sau đổi tên " + token);
        pages.press("item:save");
        // The move changed the item since the form was filled: said, with the typed label kept; saving again puts it over.
        assertThat(pages.messages()).contains("Người khác vừa lưu");
        assertThat(browser.findElement(By.id("item:label")).getAttribute("value")).isEqualTo("Sau đổi tên " + token);
        pages.press("item:save");

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM menu_item WHERE id = ? AND label = ?", second, "Sau đổi tên " + token))
                .as(pages.messages()).isEqualTo(1);
        assertThat(order(second)).isLessThan(order(first));
        String home = Http.get(base, "/").body();
        assertThat(home.indexOf(">Sau đổi tên " + token + "<")).isPositive().isLessThan(home.indexOf(">Trước " + token + "<"));
    }

    private static long order(long item) throws Exception {
        return TestDatabase.count("SELECT sort_order FROM menu_item WHERE id = ?", item);
    }

    @Test
    void aPageGoesBackToAnEarlierSave() throws Exception {
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        pages.open("/admin/pages/edit.xhtml");
        String token = token();
        pages.type(By.id("page:title"), "Bản đầu " + token);
        pages.typeRichText("page:body", "Nội dung bản đầu.");
        new Select(browser.findElement(By.id("page:status"))).selectByVisibleText("Đã xuất bản");
        pages.press("page:save");
        long id = pages.itemId();
        pages.type(By.id("page:title"), "Bản sau " + token);
        pages.typeRichText("page:body", "Nội dung bản sau.");
        pages.press("page:save");
        String slug = TestDatabase.strings("SELECT slug FROM site_page WHERE id = ?", id).get(0);
        assertThat(Http.get(base, "/trang/" + slug).body()).contains("Bản sau " + token);

        pages.open("/admin/pages/edit.xhtml?id=" + id + "&revision=1");
        assertThat(browser.findElement(By.id("page:title")).getAttribute("value")).isEqualTo("Bản đầu " + token);
        assertThat(browser.findElement(By.id("revision-shown")).getText()).contains("lần lưu số 1");
        assertThat(Http.get(base, "/trang/" + slug).body()).as("opening a save changes nothing").contains("Bản sau " + token);
        pages.awaitRichText("page:body");
        pages.press("page:save");

        String now = Http.get(base, "/trang/" + slug).body();
        assertThat(now).contains("Bản đầu " + token).contains("Nội dung bản đầu.").doesNotContain("Bản sau " + token);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM site_page_revision WHERE page_id = ?", id)).isEqualTo(3);
    }

    @Test
    void aPageInAMenuIsNotDeleted() throws Exception {
        String token = token();
        Timestamp now = Timestamp.from(Instant.now());
        TestDatabase.update("INSERT INTO site_page (title, slug, body, status, published_at, created_at, updated_at, en_published, version)"
                + " VALUES (?, ?, '<p>Nội dung.</p>', 'PUBLISHED', ?, ?, ?, FALSE, 0)", "Trang có trong menu " + token, "menu-" + token, now, now, now);
        long page = Long.parseLong(TestDatabase.strings("SELECT id FROM site_page WHERE slug = ?", "menu-" + token).get(0));
        TestDatabase.update("INSERT INTO menu_item (menu, sort_order, label, target, target_id, version) VALUES ('FOOTER', 900, ?, 'PAGE', ?, 0)",
                "Chân trang " + token, page);
        // Written past the portal, in SQL: the public page shows it once the page and the menu it is
        // drawn from have lapsed from their caches (govportal.cache.seconds=1 on the test server).
        String home = Http.get(base, "/").body();
        for (Instant until = Instant.now().plusSeconds(10); !home.contains("Chân trang " + token) && Instant.now().isBefore(until);) {
            Thread.sleep(250);
            home = Http.get(base, "/").body();
        }
        assertThat(home).contains("Chân trang " + token);
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        pages.open("/admin/pages/edit.xhtml?id=" + page);
        browser.findElement(By.id("page:delete")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));

        assertThat(pages.messages()).contains("gỡ khỏi menu");
        assertThat(Http.get(base, "/trang/menu-" + token).statusCode()).isEqualTo(200);
    }

    /** A main-menu item leading to the notices; its id. */
    private static long menuItem(String label, Long parent) throws Exception {
        TestDatabase.update("INSERT INTO menu_item (menu, parent_id, sort_order, label, target, version) VALUES ('MAIN', ?, 900, ?, 'NOTICES', 0)",
                parent, label);
        return Long.parseLong(TestDatabase.strings("SELECT id FROM menu_item WHERE label = ?", label).get(0));
    }
}
