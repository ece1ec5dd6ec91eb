package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The reading aids a visitor uses on the public site (text size, high contrast, remembered by
 * this browser alone), and an article as it prints: the item under the agency's name, with its
 * address, and none of the site around it; and the switch to the same article in English.
 */
class ReadingAidsIT extends BrowserTestBase {

    private static final String ARTICLE = "/bai-viet/" + PublicContentIT.SEED_SLUG;

    private double bodyTextSize() {
        return Double.parseDouble(((String) ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector('.article__body p')).fontSize;")).replace("px", ""));
    }

    @Test
    void largerTextEnlargesTheArticleAndLastsAcrossAReload() {
        browser.get(url(ARTICLE));
        double normal = bodyTextSize();
        WebElement larger = browser.findElement(By.cssSelector("[data-text-size-step='1']"));
        assertThat(larger.isDisplayed()).isTrue();
        assertThat(larger.getAttribute("title")).isEqualTo("Tăng cỡ chữ");
        assertThat(larger.getAttribute("textContent")).isEqualTo("A+ Tăng cỡ chữ");

        // From the keyboard, as a button is used.
        larger.sendKeys(Keys.ENTER);
        assertThat(bodyTextSize()).isGreaterThan(normal);
        browser.navigate().refresh();
        double afterReload = bodyTextSize();
        assertThat(afterReload).isGreaterThan(normal);

        browser.findElement(By.cssSelector("[data-text-size-step='1']")).click();
        assertThat(bodyTextSize()).isGreaterThan(afterReload);
        // The largest size is the last: the button says so, and keeps the focus.
        WebElement largest = browser.findElement(By.cssSelector("[data-text-size-step='1']"));
        assertThat(largest.getAttribute("aria-disabled")).isEqualTo("true");
        double largestSize = bodyTextSize();
        largest.click();
        assertThat(bodyTextSize()).isEqualTo(largestSize);

        browser.findElement(By.cssSelector("[data-text-size-step='0']")).click();
        assertThat(bodyTextSize()).isEqualTo(normal);
        browser.findElement(By.cssSelector("[data-text-size-step='-1']")).click();
        assertThat(bodyTextSize()).isLessThan(normal);
        // Nothing of it reached the server: the public site sets no cookie.
        assertThat(browser.manage().getCookies()).isEmpty();
    }

    @Test
    void theLanguageSwitchLeadsToTheSameArticleInEnglishAndBack() {
        browser.get(url(ARTICLE));
        String vietnameseTitle = browser.findElement(By.cssSelector("h1")).getText();
        WebElement toEnglish = browser.findElement(By.cssSelector("a.language-switch"));
        assertThat(toEnglish.getText()).isEqualTo("English");
        toEnglish.click();
        assertThat(browser.getCurrentUrl()).contains("/en/news/");
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isNotEqualTo(vietnameseTitle).isNotBlank();
        assertThat(browser.findElement(By.cssSelector(".site-nav")).getText()).contains("Home", "Notices");
        WebElement back = browser.findElement(By.cssSelector("a.language-switch"));
        assertThat(back.getText()).isEqualTo("Tiếng Việt");
        // From the keyboard too.
        back.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith(ARTICLE);
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo(vietnameseTitle);
        assertThat(browser.manage().getCookies()).isEmpty();
    }

    @Test
    void highContrastIsAToggleThatLastsAcrossPages() {
        browser.get(url(ARTICLE));
        WebElement contrast = browser.findElement(By.cssSelector("[data-contrast]"));
        assertThat(contrast.getAttribute("aria-pressed")).isEqualTo("false");
        contrast.click();
        assertThat(browser.findElement(By.cssSelector("[data-contrast]")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(colour("body", "backgroundColor")).isEqualTo("rgb(0, 0, 0)");

        browser.get(url("/thong-bao"));
        assertThat(colour("body", "backgroundColor")).isEqualTo("rgb(0, 0, 0)");
        browser.findElement(By.cssSelector("[data-contrast]")).click();
        assertThat(colour("body", "backgroundColor")).isEqualTo("rgb(255, 255, 255)");
    }

    @Test
    void anArticlePrintsAloneUnderTheAgencysNameWithItsAddress() {
        browser.get(url(ARTICLE));
        assertThat(browser.findElement(By.cssSelector("[data-print]")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".print-source")).isDisplayed()).isFalse();

        ((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String chrome : List.of(".site-header__brand", ".site-nav", ".ticker", ".sidebar", ".site-footer", ".breadcrumb",
                ".reading-aids", "[data-print]", ".others")) {
            for (WebElement element : browser.findElements(By.cssSelector(chrome))) {
                assertThat(element.isDisplayed()).as(chrome).isFalse();
            }
        }
        assertThat(browser.findElement(By.cssSelector(".print-agency")).getText()).isEqualToIgnoringCase("Sở Ngoại vụ tỉnh Đồng Nai");
        assertThat(browser.findElement(By.cssSelector(".article__title")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".dateline")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".article__body")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".print-source")).getText()).isEqualTo("Nguồn: " + url(ARTICLE));
    }

    private String colour(String selector, String property) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];", selector, property);
    }
}
