package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.govportal.security.Role;

/**
 * Editors keep the register from the console, and visitors use it: the rules of a document's
 * dates, numbers and relations are said beside the field with nothing typed lost; a saved
 * document is on the public register at once; a visitor narrows the register and reads a PDF.
 */
class DocumentEditingIT extends BrowserTestBase {

    private void typeDate(AdminPages pages, String field, String day) {
        // As a person retypes a date: all of it selected, the new one typed over it (the field is masked).
        browser.findElement(By.id("document:" + field + "_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), day, Keys.TAB);
    }

    private String messageBeside(String field) {
        return browser.findElements(By.cssSelector("[id='document:" + field + "'] ~ .ui-message, .ui-message[id*='" + field + "']")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(pagesMessages());
    }

    private String pagesMessages() {
        return new AdminPages(browser, Http.root(base)).messages();
    }

    @Test
    void anEditorCorrectsImpossibleDatesAndTheDocumentIsOnTheRegisterAtOnce() throws Exception {
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        pages.open("/admin/documents/edit.xhtml");
        String number = UUID.randomUUID().toString().substring(0, 5) + "/QĐ-SNGV";
        new Select(browser.findElement(By.id("document:type"))).selectByVisibleText("Quyết định");
        pages.type(By.id("document:number"), number);
        pages.type(By.id("document:summary"), "Quyết định ban hành Quy chế tiếp khách quốc tế của Sở");
        pages.type(By.id("document:authority_input"), "Sở Ngoại vụ tỉnh Đồng Nai");
        pages.type(By.id("document:signer"), "Đặng Thanh Thủy");
        typeDate(pages, "issuedOn", "10/03/2025");
        typeDate(pages, "effectiveOn", "01/03/2025");
        browser.findElement(By.cssSelector("[id='document:fields'] label")).click();
        pages.press("document:save");

        assertThat(messageBeside("effectiveOn")).contains("không được trước ngày ban hành");
        assertThat(browser.findElement(By.id("document:summary")).getAttribute("value"))
                .isEqualTo("Quyết định ban hành Quy chế tiếp khách quốc tế của Sở");
        assertThat(browser.findElement(By.id("document:number")).getAttribute("value")).isEqualTo(number);

        typeDate(pages, "effectiveOn", "20/03/2025");
        pages.press("document:save");
        long id = pages.itemId();
        String slug = TestDatabase.strings("SELECT slug FROM legal_document WHERE id = ?", id).get(0);
        assertThat(browser.findElement(By.id("document-status")).getText()).contains("Bản nháp");
        assertThat(Http.get(base, "/van-ban/" + slug).statusCode()).as("a draft is not on the register").isEqualTo(404);

        pages.press("document:publish");
        assertThat(browser.findElement(By.id("document-status")).getText()).contains("Đã xuất bản");
        assertThat(Http.get(base, "/van-ban?q=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)).body())
                .contains("/van-ban/" + slug + "\"");
        assertThat(Http.get(base, "/van-ban/" + slug).body()).contains("Đặng Thanh Thủy").contains("20/03/2025")
                .contains("Công tác đối ngoại");
    }

    @Test
    void aDocumentGoesBackToAnEarlierSave() throws Exception {
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        pages.open("/admin/documents/edit.xhtml");
        String number = UUID.randomUUID().toString().substring(0, 5) + "/KH-SNGV";
        new Select(browser.findElement(By.id("document:type"))).selectByVisibleText("Kế hoạch");
        pages.type(By.id("document:number"), number);
        pages.type(By.id("document:summary"), "Kế hoạch tiếp đón đoàn khách quốc tế, bản đầu");
        pages.type(By.id("document:authority_input"), "Sở Ngoại vụ tỉnh Đồng Nai");
        typeDate(pages, "issuedOn", "02/02/2026");
        typeDate(pages, "effectiveOn", "02/02/2026");
        pages.press("document:save");
        long id = pages.itemId();
        pages.press("document:publish");
        pages.type(By.id("document:summary"), "Kế hoạch tiếp đón đoàn khách quốc tế, bản sửa");
        typeDate(pages, "effectiveOn", "15/02/2026");
        pages.press("document:save");
        String slug = TestDatabase.strings("SELECT slug FROM legal_document WHERE id = ?", id).get(0);
        assertThat(Http.get(base, "/van-ban/" + slug).body()).contains("bản sửa").contains("15/02/2026");

        pages.open("/admin/documents/edit.xhtml?id=" + id + "&revision=1");
        assertThat(browser.findElement(By.id("document:summary")).getAttribute("value")).endsWith("bản đầu");
        pages.press("document:save");

        assertThat(Http.get(base, "/van-ban/" + slug).body()).contains("bản đầu").doesNotContain("bản sửa");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM legal_document_revision WHERE document_id = ?", id)).isEqualTo(3);
        assertThat(TestDatabase.strings("SELECT effective_on FROM legal_document WHERE id = ?", id).get(0)).startsWith("2026-02-02");
    }

    @Test
    void anAuthorSendsADraftForReviewAndAnEditorSchedulesItForTheRegister() throws Exception {
        TestStaff author = TestStaff.create(Role.AUTHOR);
        AdminPages pages = pages();
        pages.signIn(author);
        pages.open("/admin/documents/edit.xhtml");
        String number = UUID.randomUUID().toString().substring(0, 5) + "/TB-SNGV";
        new Select(browser.findElement(By.id("document:type"))).selectByVisibleText("Thông báo");
        pages.type(By.id("document:number"), number);
        pages.type(By.id("document:summary"), "Thông báo lịch tiếp công dân quý I");
        pages.type(By.id("document:authority_input"), "Sở Ngoại vụ tỉnh Đồng Nai");
        typeDate(pages, "issuedOn", "05/01/2026");
        typeDate(pages, "effectiveOn", "05/01/2026");
        pages.press("document:save");
        long id = pages.itemId();
        assertThat(pages.has(By.id("document:publish"))).as("an author does not publish").isFalse();

        // Sending it for review saves what was typed since, first.
        pages.type(By.id("document:summary"), "Thông báo lịch tiếp công dân quý I năm 2026");
        pages.press("document:submitForReview");
        assertThat(browser.findElement(By.id("document-status")).getText()).contains("Chờ duyệt");
        assertThat(TestDatabase.strings("SELECT summary FROM legal_document WHERE id = ?", id)).containsExactly("Thông báo lịch tiếp công dân quý I năm 2026");
        assertThat(pages.has(By.id("document:save"))).as("under review, the author no longer edits it").isFalse();
        assertThat(browser.findElement(By.id("document:summary")).isEnabled()).isFalse();
        pages.signOut();

        pages.signIn(TestStaff.create(Role.EDITOR));
        pages.open("/admin/");
        assertThat(browser.findElement(By.id("awaiting-review")).getText()).contains(number);
        browser.findElement(By.partialLinkText(number)).click();
        java.time.LocalDateTime hourLater = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusHours(1);
        pages.type(By.id("document:publishAt_input"), hourLater.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
        browser.findElement(By.tagName("h1")).click(); // a click elsewhere closes the calendar, as a person would
        pages.press("document:publish");
        assertThat(browser.findElement(By.id("document-status")).getText()).contains("Hẹn giờ xuất bản")
                .contains(hourLater.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")));
        String slug = TestDatabase.strings("SELECT slug FROM legal_document WHERE id = ?", id).get(0);
        assertThat(Http.get(base, "/van-ban/" + slug).statusCode()).isEqualTo(404);
        pages.open("/admin/");
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='scheduled-heading']")).getText())
                .contains("Đăng văn bản").contains(number);

        // The hour passes: the scheduler puts it on the register by itself, once.
        TestDatabase.update("UPDATE legal_document SET published_at = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(5)), id);
        new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(500))
                .until(b -> Http.get(base, "/van-ban/" + slug).statusCode() == 200);
        assertThat(TestDatabase.strings("SELECT status FROM legal_document WHERE id = ?", id)).containsExactly("PUBLISHED");
        pages.open("/admin/documents/edit.xhtml?id=" + id);
        assertThat(browser.findElement(By.id("status-history")).getText())
                .contains(author.username()).contains("Chờ duyệt").contains("Hẹn giờ xuất bản").contains("hệ thống (hẹn giờ)");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE target_id = ? AND action = 'DOCUMENT_PUBLISHED'", id))
                .isEqualTo(1);
    }

    @Test
    void aNumberTheAuthorityAlreadyUsedIsRefusedBesideIt() throws Exception {
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        pages.open("/admin/documents/edit.xhtml");
        new Select(browser.findElement(By.id("document:type"))).selectByVisibleText("Kế hoạch");
        pages.type(By.id("document:number"), "1376/KH-UBND");
        pages.type(By.id("document:summary"), "Một kế hoạch khác cùng số");
        pages.type(By.id("document:authority_input"), "UBND tỉnh Đồng Nai");
        typeDate(pages, "issuedOn", "04/02/2020");
        typeDate(pages, "effectiveOn", "04/02/2020");
        pages.press("document:save");

        assertThat(messageBeside("number")).contains("đã có văn bản số 1376/KH-UBND");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM legal_document WHERE doc_number = '1376/KH-UBND'")).isEqualTo(1);
    }

    @Test
    void twoDocumentsCannotEachReplaceTheOther() throws Exception {
        // In the demo register, Kế hoạch 985/KH-UBND replaces Kế hoạch 1376/KH-UBND.
        long plan = Long.parseLong(TestDatabase.strings("SELECT id FROM legal_document WHERE doc_number = '1376/KH-UBND'").get(0));
        AdminPages pages = pages();
        pages.signIn(TestStaff.create(Role.EDITOR));
        pages.open("/admin/documents/edit.xhtml?id=" + plan);
        pages.type(By.id("document:replaces"), "985/kh-ubnd");
        pages.press("document:save");

        assertThat(messageBeside("replaces")).contains("không thể tác động lẫn nhau");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM legal_document_relation WHERE source_id = ?", plan)).isZero();
        assertThat(browser.findElement(By.id("document:replaces")).getAttribute("value")).isEqualTo("985/kh-ubnd");

        pages.type(By.id("document:replaces"), "985/KH-UBND\n999/KH-KHONG-CO");
        pages.press("document:save");
        assertThat(messageBeside("replaces")).contains("Không tìm thấy văn bản 999/KH-KHONG-CO");
    }

    @Test
    void aVisitorNarrowsTheRegisterAndReadsAPlanInThePage() throws Exception {
        browser.get(url("/van-ban"));
        new Select(browser.findElement(By.id("documents-type"))).selectByVisibleText("Kế hoạch");
        new Select(browser.findElement(By.id("documents-year"))).selectByVisibleText("2020");
        Browsers.clickAndWait(browser, By.cssSelector(".search-form__words button"));
        assertThat(browser.getCurrentUrl()).contains("loai=ke-hoach").contains("nam=2020");
        assertThat(browser.findElements(By.cssSelector(".document-item__title a"))).extracting(WebElement::getText)
                .containsExactly("Kế hoạch 1376/KH-UBND");

        Browsers.clickAndWait(browser, By.linkText("Kế hoạch 1376/KH-UBND"));
        assertThat(browser.findElement(By.cssSelector(".document__facts")).getText()).contains("Hết hiệu lực").contains("Võ Văn Phi");
        WebElement viewer = browser.findElement(By.cssSelector("iframe.document__viewer"));
        String pdf = viewer.getAttribute("src");
        assertThat(viewer.getAttribute("title")).isEqualTo("ke-hoach-cchc.pdf");
        HttpResponse<String> file = Http.get(base, pdf.substring(Http.root(base).length()));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("inline"));
        assertThat(file.body()).startsWith("%PDF");
    }
}
