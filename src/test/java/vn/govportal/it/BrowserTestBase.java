package vn.govportal.it;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** What every browser test shares: the deployed portal's address and a fresh headless Chromium per test. */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTestBase {

    @ArquillianResource
    protected URL base;

    protected WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.headlessChromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The admin console, driven in this test's browser. */
    protected AdminPages pages() {
        return new AdminPages(browser, Http.root(base));
    }

    /** An address of the deployed portal, on loopback. */
    protected String url(String path) {
        return Http.root(base) + path;
    }
}
