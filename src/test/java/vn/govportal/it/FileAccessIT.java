package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.govportal.security.Role;

/**
 * A stored file follows the item that uses it: hidden from visitors while the item is a draft,
 * public while it is published, staff-only (and never cached) otherwise; and it is sent a piece
 * at a time, with ranges for large PDFs.
 */
class FileAccessIT extends BrowserTestBase {

    /** A PDF of about 1.3 MB: several of the pieces a download is read in. */
    private static byte[] largePdf() {
        byte[] content = new byte[1_300_000];
        new Random(42).nextBytes(content);
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    /** A PDF put straight into the media library (uploading is MediaLibraryIT's part), and its address. */
    private record StoredPdf(String name, byte[] content, String address) {

        static StoredPdf store(String prefix) throws Exception {
            String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
            byte[] content = largePdf();
            TestDatabase.update("INSERT INTO media_file (file_name, content_type, byte_size, content, created_at, uploaded_by)"
                    + " VALUES (?, 'application/pdf', ?, ?, ?, 'it')", name, (long) content.length, content,
                    OffsetDateTime.now(ZoneOffset.UTC));
            String id = TestDatabase.strings("SELECT id FROM media_file WHERE file_name = ?", name).get(0);
            return new StoredPdf(name, content, "/tep/" + id + "/" + name);
        }
    }

    /** An HTTP client signed in as {@code staff}. */
    private StaffHttp signedIn(TestStaff staff) {
        StaffHttp client = new StaffHttp(base);
        client.signIn(staff.username(), staff.password());
        return client;
    }

    private void saveNotice(String title, String fileName, String status) {
        AdminPages admin = pages();
        admin.type(By.id("notice:title"), title);
        admin.choose("notice:attachment", fileName);
        new Select(browser.findElement(By.id("notice:status"))).selectByVisibleText(status);
        admin.press("notice:save");
    }

    @Test
    void aDraftsFileIsHiddenFromVisitorsUntilItIsPublished() throws Exception {
        StoredPdf pdf = StoredPdf.store("ke-hoach-nhap");
        String address = pdf.address();
        byte[] content = pdf.content();
        TestStaff editor = TestStaff.create(Role.EDITOR);
        StaffHttp staff = signedIn(editor);
        StaffHttp visitor = new StaffHttp(base);

        pages().signIn(editor);
        pages().open("/admin/notices/edit.xhtml");
        String title = "Thông báo có tệp nháp " + UUID.randomUUID().toString().substring(0, 6);
        saveNotice(title, pdf.name(), "Bản nháp");
        assertThat(browser.getCurrentUrl()).contains("/admin/notices/edit.xhtml?id=");

        assertThat(visitor.file(address).statusCode()).as("a visitor, while the notice is a draft").isEqualTo(404);
        HttpResponse<byte[]> forStaff = staff.file(address);
        assertThat(forStaff.statusCode()).as("staff, while the notice is a draft").isEqualTo(200);
        assertThat(forStaff.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(forStaff.body()).isEqualTo(content);

        new Select(browser.findElement(By.id("notice:status"))).selectByVisibleText("Đã xuất bản");
        pages().press("notice:save");
        HttpResponse<byte[]> published = visitor.file(address);
        assertThat(published.statusCode()).as("a visitor, once the notice is published").isEqualTo(200);
        assertThat(published.headers().firstValue("Cache-Control").orElse("")).startsWith("public");
        assertThat(published.body()).isEqualTo(content);

        new Select(browser.findElement(By.id("notice:status"))).selectByVisibleText("Bản nháp");
        pages().press("notice:save");
        assertThat(visitor.file(address).statusCode()).as("a visitor, once it is a draft again").isEqualTo(404);
    }

    @Test
    void aLargeFileIsServedInRanges() throws Exception {
        StoredPdf pdf = StoredPdf.store("tai-lieu-lon");
        String address = pdf.address();
        byte[] content = pdf.content();
        StaffHttp staff = signedIn(TestStaff.create(Role.EDITOR));

        HttpResponse<byte[]> first = staff.file(address, "Range", "bytes=0-9");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-9/" + content.length);
        assertThat(first.body()).isEqualTo(Arrays.copyOfRange(content, 0, 10));

        HttpResponse<byte[]> acrossPieces = staff.file(address, "Range", "bytes=524000-1100000");
        assertThat(acrossPieces.statusCode()).isEqualTo(206);
        assertThat(acrossPieces.body()).isEqualTo(Arrays.copyOfRange(content, 524000, 1100001));

        HttpResponse<byte[]> tail = staff.file(address, "Range", "bytes=-100");
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(content, content.length - 100, content.length));

        HttpResponse<byte[]> beyond = staff.file(address, "Range", "bytes=5000000-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + content.length);

        HttpResponse<byte[]> whole = staff.file(address);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.body()).isEqualTo(content);
    }

    @Test
    void theTrustBadgeAndPublishedArticlesImagesStayPublic() throws Exception {
        StaffHttp visitor = new StaffHttp(base);
        String badge = TestDatabase.strings("SELECT trust_badge_image_id FROM site_settings").get(0);
        String badgeName = TestDatabase.strings("SELECT file_name FROM media_file WHERE id = ?", Long.parseLong(badge)).get(0);
        assertThat(visitor.file("/tep/" + badge + "/" + badgeName).statusCode()).isEqualTo(200);
        String image = TestDatabase.strings("SELECT a.featured_image_id FROM article a WHERE a.status = 'PUBLISHED'"
                + " AND a.featured_image_id IS NOT NULL AND a.published_at < ?", OffsetDateTime.now(ZoneOffset.UTC)).get(0);
        String imageName = TestDatabase.strings("SELECT file_name FROM media_file WHERE id = ?", Long.parseLong(image)).get(0);
        HttpResponse<byte[]> scaled = visitor.file("/tep/" + image + "/" + imageName + "?w=480");
        assertThat(scaled.statusCode()).isEqualTo(200);
        assertThat(scaled.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }
}
