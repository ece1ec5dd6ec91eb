package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.govportal.security.Role;

/**
 * The commonest job, done as an editor does it from the dashboard: write an article, put a photo
 * in it, publish it. Every click, drop and key press goes through the page as a person makes it,
 * and is counted: the test reports what the job costs.
 */
class PublishingJourneyIT extends BrowserTestBase {

    private int clicks;
    private int keys;

    private void click(By target) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(target)).click();
        clicks++;
    }

    private boolean categoryShown(String label) {
        return browser.findElement(By.id("article:category_label")).getText().equals(label);
    }

    private void type(WebElement field, String text) {
        field.sendKeys(text);
        keys += text.length();
    }

    @Test
    void writingIllustratingAndPublishingAnArticleFromTheDashboard() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.EDITOR));
        admin.open("/admin/");
        String title = "Đoàn công tác tỉnh thăm Hàn Quốc " + UUID.randomUUID().toString().substring(0, 4);

        click(By.id("new-menu-button"));
        click(By.cssSelector("#new-menu-list a[href$='/admin/articles/edit.xhtml']"));
        click(By.id("article:title"));
        type(browser.findElement(By.id("article:title")), title);
        click(By.id("article:lead"));
        type(browser.findElement(By.id("article:lead")), "Đoàn công tác của tỉnh làm việc với tỉnh Chungcheongnam.");
        WebElement text = admin.enterRichText("article:body");
        text.click();
        clicks++;
        type(text, "Sáng 02/12, đoàn công tác của tỉnh đã làm việc với lãnh đạo tỉnh Chungcheongnam.");
        browser.switchTo().defaultContent();
        // The photo is dragged from the desktop onto the text: one gesture.
        admin.drop("article:body", "lam-viec.png", "image/png",
                Files.readAllBytes(Path.of(PublishingJourneyIT.class.getResource("/images/hoi-nghi.png").toURI())));
        clicks++;
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".tox-dialog input.tox-textfield")));
        // The image dialog opens by itself; its second field is the alternative text.
        WebElement alt = browser.findElements(By.cssSelector(".tox-dialog input.tox-textfield")).get(1);
        alt.click();
        clicks++;
        type(alt, "Toàn cảnh buổi làm việc");
        click(By.cssSelector(".tox-dialog__footer .tox-button:not(.tox-button--secondary)"));
        // As a person does, the field is brought into view before its list is opened, the choice is
        // seen in the field before saving, and made again if it did not take (an option clicked
        // while the list was still opening, or still moving into place under the pointer).
        for (int attempt = 0; attempt < 3 && !categoryShown("Tin hoạt động"); attempt++) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                    browser.findElement(By.id("article:category")));
            try {
                if (!browser.findElement(By.id("article:category_panel")).isDisplayed()) {
                    click(By.id("article:category"));
                }
                click(By.cssSelector("#article\\:category_panel li[data-label='Tin hoạt động']"));
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> categoryShown("Tin hoạt động"));
            } catch (TimeoutException | ElementClickInterceptedException notYet) {
                // tried again
            }
        }
        assertThat(categoryShown("Tin hoạt động")).isTrue();
        click(By.id("article:save"));
        long id = admin.itemId();
        click(By.id("article:publish"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> admin.status().equals("Đã xuất bản"));

        String body = TestDatabase.strings("SELECT body FROM article WHERE id = ?", id).get(0);
        assertThat(body).contains("Chungcheongnam").containsPattern("<img src=\"[^\"]+\" alt=\"Toàn cảnh buổi làm việc\">");
        String slug = TestDatabase.strings("SELECT slug FROM article WHERE id = ?", id).get(0);
        assertThat(Http.get(base, "/bai-viet/" + slug).body()).contains("alt=\"Toàn cảnh buổi làm việc\"");
        System.out.printf("Writing, illustrating and publishing one article from the dashboard: %d clicks (one of them a drop),"
                + " %d key presses of text%n", clicks, keys);
    }
}
