package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.govportal.security.Role;

/** Staff keep the ticker, links, categories and agency details current; the public site follows at once. */
class SiteDataIT extends BrowserTestBase {

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void aNewTickerLineShowsOnThePublicSiteAtOnce() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);
        pages.open("/admin/site/ticker.xhtml");
        String line = "Tin vắn kiểm thử " + UUID.randomUUID().toString().substring(0, 6);
        pages.type(By.id("new:message"), line);
        pages.press("new:submit");

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ticker_item WHERE message = ?", line)).isEqualTo(1);
        assertThat(Http.get(base, "/").body()).contains(line);
    }

    @Test
    void aLinkToAScriptIsRefusedAndTheRowKeepsWhatWasTyped() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);
        pages.open("/admin/site/links.xhtml");
        pages.type(By.id("new:groupName"), "Kiểm thử");
        pages.type(By.id("new:title"), "Liên kết độc hại");
        pages.type(By.id("new:url"), "javascript:alert(1)");
        pages.press("new:submit");

        assertThat(pages.messages()).contains("http://");
        assertThat(browser.findElement(By.id("new:title")).getAttribute("value")).isEqualTo("Liên kết độc hại");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM web_link WHERE title = 'Liên kết độc hại'")).isZero();
    }

    @Test
    void aCategoryWithArticlesIsNotDeleted() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);
        pages.open("/admin/site/categories.xhtml");
        browser.findElement(By.cssSelector("[id='rows:table'] tbody tr:first-child button[id$=':delete']")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));

        assertThat(pages.messages()).contains("không xoá được");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM category")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void anAdministratorChangesTheAgencyDetailsInTheFooter() throws Exception {
        TestStaff admin = TestStaff.create(Role.ADMIN);
        AdminPages pages = pages();
        pages.signIn(admin);
        pages.open("/admin/settings/");
        String original = browser.findElement(By.id("settings:phone")).getAttribute("value");
        try {
            pages.type(By.id("settings:phone"), "0251 3 999 999");
            pages.type(By.id("settings:email"), "khong-phai-email");
            pages.press("settings:save");
            assertThat(pages.messages()).contains("email chưa đúng");
            assertThat(browser.findElement(By.id("settings:phone")).getAttribute("value")).isEqualTo("0251 3 999 999");

            pages.type(By.id("settings:email"), "songoaivu@dongnai.gov.vn");
            pages.press("settings:save");
            assertThat(Http.get(base, "/").body()).contains("0251 3 999 999");
        } finally {
            TestDatabase.update("UPDATE site_settings SET phone = ?", original);
        }
    }
}
