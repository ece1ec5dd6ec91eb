package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.govportal.security.Role;

/** Editors upload to the media library; files are judged by their content, and images get renditions. */
class MediaLibraryIT extends BrowserTestBase {

    private Path folder;

    @BeforeEach
    void makeUploadFolder() throws Exception {
        folder = Files.createTempDirectory("govportal-upload");
    }

    @AfterEach
    void removeUploadFolder() throws Exception {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }

    private Path picture(String name, String format) throws Exception {
        BufferedImage image = new BufferedImage(1200, 675, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b4f8a));
        g.fillRect(0, 0, 1200, 675);
        g.dispose();
        Path file = folder.resolve(name);
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    private void upload(Path file, String expectedText) {
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage(() -> "expected \"" + expectedText + "\"; the page says: " + browser.findElement(By.id("media")).getText())
                .until(d -> d.getPageSource().contains(expectedText));
    }

    @Test
    void anUploadedImageGetsRenditionsAndBecomesAnArticlesFeaturedImage() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);
        pages.open("/admin/media/");
        String name = "anh-le-ky-ket-" + UUID.randomUUID().toString().substring(0, 6) + ".jpg";
        upload(picture(name, "jpg"), "Đã tải lên " + name);

        long id = TestDatabase.count("SELECT id FROM media_file WHERE file_name = ? AND original_id IS NULL", name);
        assertThat(TestDatabase.strings("SELECT CONCAT(variant, ':', width) FROM media_file WHERE original_id = ?"
                + " ORDER BY width", id)).containsExactly("w480:480", "w960:960");
        assertThat(TestDatabase.strings("SELECT uploaded_by FROM media_file WHERE id = ?", id)).containsExactly(editor.username());

        pages.open("/admin/articles/edit.xhtml");
        String title = "Bài có ảnh đại diện " + UUID.randomUUID().toString().substring(0, 6);
        pages.type(By.id("article:title"), title);
        pages.typeBody("Nội dung bài có ảnh.");
        pages.choose("article:category", "Tin hoạt động");
        pages.choose("article:featuredImage", name);
        pages.press("article:save");
        pages.press("article:publish");

        String slug = TestDatabase.strings("SELECT slug FROM article WHERE title = ?", title).get(0);
        String page = Http.get(base, "/bai-viet/" + slug).body();
        assertThat(page).contains("/tep/" + id + "/" + name);
        assertThat(Http.get(base, "/tep/" + id + "/" + name).headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    void aFileWhoseNameLiesAboutItsContentIsRefused() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);
        pages.open("/admin/media/");
        Path png = picture("tmp.png", "png");
        String disguised = "cong-van-" + UUID.randomUUID().toString().substring(0, 6) + ".pdf";
        Path lying = Files.move(png, folder.resolve(disguised));

        upload(lying, "không khớp với nội dung");

        assertThat(pages.messages()).contains(disguised).contains("PNG");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM media_file WHERE file_name = ?", disguised)).isZero();
    }

    @Test
    void anSvgWithAScriptIsRefusedWhateverItIsCalled() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);
        pages.open("/admin/media/");
        String name = "bieu-do-" + UUID.randomUUID().toString().substring(0, 6) + ".svg";
        Path svg = Files.writeString(folder.resolve(name), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        upload(svg, "chỉ nhận ảnh PNG");

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM media_file WHERE file_name = ?", name)).isZero();
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws Exception {
        TestStaff editor = TestStaff.create(Role.EDITOR);
        AdminPages pages = pages();
        pages.signIn(editor);
        pages.open("/admin/media/");
        String name = "bao-cao-lon-" + UUID.randomUUID().toString().substring(0, 6) + ".pdf";
        byte[] big = new byte[3 * 1024 * 1024]; // the test server allows 2 MB (govportal.media.max-mb)
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, big, 0, 9);
        Path file = Files.write(folder.resolve(name), big);

        upload(file, "lớn hơn giới hạn 2 MB");

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM media_file WHERE file_name = ?", name)).isZero();
    }
}
