package vn.govportal.it;

import java.io.File;
import java.time.Duration;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium for the browser tests, from the system's packages. */
final class Browsers {

    private Browsers() {
    }

    static WebDriver headlessChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=vi", "--window-size=1280,1000",
                // A fresh profile per browser, under target/ so the build's clean removes it (not left in /tmp).
                "--user-data-dir=" + new File(System.getProperty("browser.profiles", "target/browser-profiles"),
                        UUID.randomUUID().toString()).getAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /** Clicks a link or a submit button and waits until the next page has replaced this one. */
    static void clickAndWait(WebDriver browser, By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> isGone(page)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Clicks a PrimeFaces ajax button and waits until its request has completed and updated the page. */
    static void clickAndWaitForAjax(WebDriver browser, By target) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.govportalAjaxDone = false;"
                + " jQuery(document).one('pfAjaxComplete', function() { window.govportalAjaxDone = true; });");
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return window.govportalAjaxDone === true && jQuery.active === 0;")));
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) { // stale, or "does not belong to the document": the page was replaced
            return true;
        }
    }
}
