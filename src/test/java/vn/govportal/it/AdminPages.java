package vn.govportal.it;

import java.time.Duration;
import java.util.Base64;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin console as a browser test drives it: sign in, fill the article form, press its buttons. */
final class AdminPages {

    private final WebDriver browser;
    private final String root;

    AdminPages(WebDriver browser, String root) {
        this.browser = browser;
        this.root = root;
    }

    void open(String path) {
        browser.get(root + path);
    }

    void signIn(TestStaff staff) {
        open("/login.xhtml");
        type(By.id("login:username"), staff.username());
        type(By.id("login:password"), staff.password());
        Browsers.clickAndWait(browser, By.id("login:submit"));
    }

    void signOut() {
        Browsers.clickAndWait(browser, By.cssSelector("#signOutForm input[type=submit]"));
    }

    void type(By field, String text) {
        WebElement element = browser.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Replaces the rich-text body with paragraphs typed into the editor. */
    void typeBody(String... paragraphs) {
        typeRichText("article:body", paragraphs);
    }

    /** Types paragraphs into a rich-text editor (TinyMCE: its text is a document in a frame). */
    void typeRichText(String field, String... paragraphs) {
        WebElement text = enterRichText(field);
        try {
            text.click();
            text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            text.sendKeys(String.join("\n", paragraphs));
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    /** Waits for a rich-text editor, switches into its frame and answers its text; switch back after. */
    WebElement enterRichText(String field) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id(field + "_ifr")));
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id("tinymce")));
    }

    /** The text a rich-text editor shows, as a reader sees it (no markup). */
    String richText(String field) {
        awaitRichText(field);
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return tinymce.get(arguments[0]).getContent({format: 'text'});", field);
    }

    /** The HTML a rich-text editor will save. */
    String richHtml(String field) {
        awaitRichText(field);
        return (String) ((JavascriptExecutor) browser).executeScript("return tinymce.get(arguments[0]).getContent();", field);
    }

    void awaitRichText(String field) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(
                "var e = window.tinymce && tinymce.get(arguments[0]); return !!(e && e.initialized);", field)));
    }

    /**
     * Posts exactly this HTML as the body, past the editor (which would clean it first), as a
     * crafted request would: the server's own cleaning is what is tested.
     */
    void postBodyAsIs(String field, String html) {
        awaitRichText(field);
        ((JavascriptExecutor) browser).executeScript(
                "tinymce.get(arguments[0]).remove(); document.getElementById(arguments[0]).value = arguments[1];", field, html);
    }

    /**
     * Drops a file at the end of a rich text's first paragraph, as dragging it from the desktop
     * does: the browser's own drop event, with the file in its data.
     */
    void drop(String field, String name, String type, byte[] content) {
        dropFile(field, "new File([Uint8Array.from(atob(arguments[3]), function (c) { return c.charCodeAt(0); })], arguments[1], {type: arguments[2]})",
                name, type, Base64.getEncoder().encodeToString(content));
    }

    /** Drops a file of that many zero bytes, made in the browser (too big to send through the driver). */
    void dropBlank(String field, String name, String type, long size) {
        dropFile(field, "new File([new Uint8Array(arguments[3])], arguments[1], {type: arguments[2]})", name, type, size);
    }

    /** Dispatches a drop of the file {@code file} makes (a script expression over arguments 1 to 3). */
    private void dropFile(String field, String file, String name, String type, Object content) {
        awaitRichText(field);
        ((JavascriptExecutor) browser).executeScript("var e = tinymce.get(arguments[0]);"
                + " var data = new DataTransfer(); data.items.add(" + file + ");"
                + " var target = e.getBody().querySelector('p') || e.getBody(); var box = target.getBoundingClientRect();"
                + " e.getBody().dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true,"
                + " clientX: box.right - 2, clientY: box.top + 5}));", field, name, type, content);
    }

    /** Picks an option of a PrimeFaces select menu by its label, through the widget's own API. */
    void choose(String menuId, String label) {
        String value = browser.findElements(By.cssSelector("[id='" + menuId + "_input'] option")).stream()
                .filter(o -> o.getAttribute("textContent").trim().equals(label))
                .map(o -> o.getAttribute("value")).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + label + " in " + menuId));
        ((JavascriptExecutor) browser).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
    }

    /** Writes a two-paragraph article in "Tin hoạt động" and saves it; returns its id. */
    long writeArticle(String title) {
        open("/admin/articles/edit.xhtml");
        type(By.id("article:title"), title);
        type(By.id("article:lead"), "Tóm tắt của bài kiểm thử.");
        typeBody("Đoạn thứ nhất của bài viết.", "Đoạn thứ hai của bài viết.");
        choose("article:category", "Tin hoạt động");
        type(By.id("article:author"), "Phòng Kiểm thử");
        press("article:save");
        return itemId();
    }

    void press(String buttonId) {
        Browsers.clickAndWait(browser, By.id(buttonId));
    }

    String status() {
        return browser.findElement(By.id("status")).getText();
    }

    /**
     * The id of the item (an article, a document) the editor shows, from its address. A new item's
     * form moves to its own address once saved: the address is read after that move, not while the
     * save is on its way.
     */
    long itemId() {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.getCurrentUrl().contains("id="));
        } catch (TimeoutException e) {
            throw new AssertionError("No item id in " + browser.getCurrentUrl() + "; the page says: " + messages());
        }
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    }

    /** The messages the page shows, for explaining a failed step. */
    String messages() {
        return browser.findElements(By.cssSelector(".ui-messages, .ui-message, .ui-growl")).stream()
                .filter(e -> !e.getText().isBlank())
                .map(e -> e.getAttribute("id") + ": " + e.getText()).reduce("", (a, b) -> a + " | " + b);
    }

    boolean has(By element) {
        return !browser.findElements(element).isEmpty();
    }
}
