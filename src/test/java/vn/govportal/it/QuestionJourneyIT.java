package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.govportal.security.Role;

/**
 * A visitor asks, forgets to tick the consent, ticks it and sends; the dashboard counts the new
 * question; an editor answers and publishes it, and it is on the public Q&A list.
 */
class QuestionJourneyIT extends BrowserTestBase {

    @Test
    void aVisitorAsksAndAnEditorAnswersAndPublishes() throws Exception {
        String title = "Gia hạn thị thực cho chuyên gia " + UUID.randomUUID().toString().substring(0, 6);
        browser.get(url("/hoi-dap"));
        browser.findElement(By.id("ho-ten")).sendKeys("Võ Thị Hồng");
        browser.findElement(By.id("email")).sendKeys("hong.vo@example.vn");
        new Select(browser.findElement(By.id("chu-de"))).selectByVisibleText("Lãnh sự, xuất nhập cảnh");
        browser.findElement(By.id("tieu-de")).sendKeys(title);
        browser.findElement(By.id("noi-dung")).sendKeys("Chuyên gia của công ty tôi sắp hết hạn thị thực. Thủ tục gia hạn thế nào?");
        // The browser itself asks for the consent first; a visitor whose browser does not is told by the server.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.querySelector('.ask-form').noValidate = true;");
        Thread.sleep(1200);
        Browsers.clickAndWait(browser, By.cssSelector(".ask-form button[type=submit]"));
        assertThat(browser.findElement(By.id("dong-y-problem")).getText()).contains("đồng ý");
        assertThat(browser.findElement(By.id("tieu-de")).getAttribute("value")).isEqualTo(title);
        assertThat(browser.findElement(By.id("noi-dung")).getAttribute("value")).startsWith("Chuyên gia của công ty tôi");

        browser.findElement(By.id("dong-y")).click();
        Thread.sleep(1200);
        Browsers.clickAndWait(browser, By.cssSelector(".ask-form button[type=submit]"));
        String reference = browser.findElement(By.id("reference")).getText();
        assertThat(reference).matches("HD-\\d{4}-[A-Z2-9]{6}");
        long id = Long.parseLong(TestDatabase.strings("SELECT id FROM question WHERE reference = ?", reference).get(0));

        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        pages.open("/admin/");
        assertThat(Long.parseLong(browser.findElement(By.id("new-questions")).getText())).isPositive();
        pages.open("/admin/questions/edit.xhtml?id=" + id);
        assertThat(browser.findElement(By.id("asker-email")).getText()).isEqualTo("hong.vo@example.vn");
        pages.typeRichText("question:answer", "Công ty nộp hồ sơ đề nghị gia hạn thị thực tại Phòng Quản lý xuất nhập cảnh Công an tỉnh.");
        browser.findElement(By.cssSelector("[id='question:publish'] .ui-chkbox-box")).click();
        pages.press("question:save");

        Thread.sleep(1500); // past the test server's page cache (govportal.cache.seconds=1)
        browser.get(url("/hoi-dap?chu-de=lanh-su"));
        Browsers.clickAndWait(browser, By.linkText(title));
        assertThat(browser.findElement(By.cssSelector(".question__answer")).getText()).contains("Phòng Quản lý xuất nhập cảnh");
        assertThat(browser.getPageSource()).doesNotContain("hong.vo@example.vn");
    }
}
