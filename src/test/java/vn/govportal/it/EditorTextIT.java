package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.govportal.publishing.EditorCorpus;
import vn.govportal.publishing.HtmlSanitizer;
import vn.govportal.security.Role;

/**
 * What the rich-text editor does to text inside the browser, before anything is saved: what it
 * opens is what it gives back (the corpus), office pastes keep their structure and lose their
 * looks, and what is too big to take is refused with a message while the text typed stays. None
 * of it depends on the database, so CI runs it once, on H2.
 */
class EditorTextIT extends BrowserTestBase {

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    @Test
    void everyBodyOfTheCorpusComesOutOfTheEditorAsItWentIn() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.AUTHOR));
        admin.open("/admin/articles/edit.xhtml");
        admin.awaitRichText("article:body");

        Map<String, String> corpus = EditorCorpus.bodies();
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> body : corpus.entrySet()) {
            String stored = HtmlSanitizer.clean(body.getValue());
            // Opened in the editor and saved without a change: the editor's HTML, cleaned as a save cleans it.
            String edited = (String) js().executeScript("var e = tinymce.get('article:body'); e.setContent(arguments[0]);"
                    + " return e.getContent();", stored);
            if (!HtmlSanitizer.clean(edited).equals(stored)) {
                differences.add(body.getKey() + ":\n" + stored + "\n≠\n" + HtmlSanitizer.clean(edited));
            }
        }
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
        assertThat(differences).isEmpty();
    }


    @Test
    void textPastedFromOfficeKeepsItsStructureAndLosesItsLooks() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.AUTHOR));
        admin.open("/admin/articles/edit.xhtml");
        admin.awaitRichText("article:body");

        for (String source : List.of("word", "libreoffice", "google-docs")) {
            Document pasted = Jsoup.parseBodyFragment(paste(EditorCorpus.resource("/paste/" + source + ".html")));
            Element body = pasted.body();
            assertThat(body.children().stream().map(Element::normalName).toList()).as(source)
                    .containsExactly("h2", "p", "ul", "ol", "table");
            assertThat(body.selectFirst("h2").text()).as(source).isEqualTo("Kế hoạch tiếp công dân năm 2026");
            Element paragraph = body.selectFirst("p");
            assertThat(paragraph.select("strong").eachText()).as(source).containsExactly("thông báo");
            assertThat(paragraph.select("em").eachText()).as(source).containsExactly("định kỳ");
            assertThat(paragraph.selectFirst("a").attr("href")).as(source).isEqualTo("https://songoaivu.dongnai.gov.vn/");
            assertThat(body.select("> ul > li > ul > li").eachText()).as(source).containsExactly("Buổi sáng từ 7 giờ 30");
            assertThat(body.select("> ol > li").eachText()).as(source)
                    .containsExactly("Đăng ký trước", "Mang theo giấy tờ tùy thân", "Trình bày nội dung");
            assertThat(body.select("table thead th").eachText()).as(source).containsExactly("Ngày", "Người tiếp", "Địa điểm");
            assertThat(body.select("table tbody tr")).as(source).hasSize(2);
            assertThat(body.select("[style], [class], span, font, div, h1")).as(source).isEmpty();
            assertThat(body.html()).as(source).doesNotContain("o:p", "<!--", "mso-", "&nbsp;&nbsp;");
        }

        String hostile = paste(EditorCorpus.resource("/paste/hostile.html"));
        assertThat(hostile).contains("Nội dung an toàn").doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("iframe").doesNotContainIgnoringCase("<svg");
    }


    @Test
    void aPasteLongerThanATextCanHoldIsRefusedAndNothingTypedIsLost() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.AUTHOR));
        admin.open("/admin/articles/edit.xhtml");
        admin.typeBody("Đoạn đã gõ phải còn nguyên.");
        // Five megabytes from Word: far more than the 1,000,000 characters a text holds.
        js().executeScript("var p = '<p class=MsoNormal><span style=\"font-size:13pt\">' + 'Đoạn văn dán từ Word. '.repeat(30) + '<o:p></o:p></span></p>';"
                + " var html = '<html><body><!--StartFragment-->' + p.repeat(Math.ceil(5 * 1024 * 1024 / p.length)) + '<!--EndFragment--></body></html>';"
                + " var e = tinymce.get('article:body'); var data = new DataTransfer(); data.setData('text/html', html);"
                + " e.getBody().dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));");
        WebElement message = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-notification--error")));
        assertThat(message.getText()).contains("quá dài", "1.000.000");
        assertThat(admin.richHtml("article:body")).isEqualTo("<p>Đoạn đã gõ phải còn nguyên.</p>");
    }


    /** Pastes HTML into the empty editor as the browser does (a paste event carrying the clipboard); answers the editor's HTML. */
    private String paste(String html) {
        js().executeScript("var e = tinymce.get('article:body'); e.setContent(''); e.focus();"
                + " var data = new DataTransfer(); data.setData('text/html', arguments[0]); data.setData('text/plain', 'x');"
                + " e.getBody().dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));",
                html);
        return (String) new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> {
            String content = (String) js().executeScript("return tinymce.get('article:body').getContent();");
            return content.isEmpty() ? null : content;
        });
    }


    @Test
    void anImageOfFiftyMegabytesIsRefusedBeforeItIsSentAndTheTextStays() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.AUTHOR));
        admin.open("/admin/articles/edit.xhtml");
        admin.typeBody("Đoạn văn phải còn nguyên.");
        long before = TestDatabase.count("SELECT COUNT(*) FROM media_file");

        admin.dropBlank("article:body", "anh-rat-lon.png", "image/png", 50L * 1024 * 1024);
        WebElement message = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-notification")));
        assertThat(message.getText()).contains("Ảnh lớn hơn giới hạn").contains("nên không tải lên");
        assertThat(admin.richText("article:body")).contains("Đoạn văn phải còn nguyên.");
        assertThat(admin.richHtml("article:body")).doesNotContain("<img");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM media_file")).isEqualTo(before);
        // The tab still answers: the message is closed and the text typed on.
        browser.findElement(By.cssSelector(".tox-notification .tox-notification__dismiss")).click();
        admin.typeBody("Gõ tiếp được.");
        assertThat(admin.richText("article:body")).contains("Gõ tiếp được.");
    }
}
