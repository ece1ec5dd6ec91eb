package vn.govportal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    static byte[] image(String format, int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    static byte[] zip(String entry, String content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void recognisesImagesByTheirContent() throws Exception {
        assertThat(FileType.sniff(image("png", 4, 4), "x")).hasValue(FileType.PNG);
        assertThat(FileType.sniff(image("jpg", 4, 4), "x")).hasValue(FileType.JPEG);
        assertThat(FileType.sniff(image("gif", 4, 4), "x")).hasValue(FileType.GIF);
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FileType.sniff(webp, "x")).hasValue(FileType.WEBP);
    }

    @Test
    void recognisesDocumentsByTheirContent() throws Exception {
        assertThat(FileType.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "x")).hasValue(FileType.PDF);
        assertThat(FileType.sniff(zip("word/document.xml", "<w/>"), "x")).hasValue(FileType.DOCX);
        assertThat(FileType.sniff(zip("xl/workbook.xml", "<x/>"), "x")).hasValue(FileType.XLSX);
        assertThat(FileType.sniff(zip("mimetype", "application/vnd.oasis.opendocument.text"), "x")).hasValue(FileType.ODT);
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(FileType.sniff(ole, "bao-cao.doc")).hasValue(FileType.DOC);
        assertThat(FileType.sniff(ole, "bang-tinh.xls")).hasValue(FileType.XLS);
        assertThat(FileType.sniff(ole, "bao-cao.pdf")).isEmpty();
    }

    @Test
    void refusesEverythingElse() throws Exception {
        assertThat(FileType.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8), "a.svg")).isEmpty();
        assertThat(FileType.sniff("<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "a.html")).isEmpty();
        assertThat(FileType.sniff(new byte[] {'M', 'Z', (byte) 0x90, 0}, "setup.exe")).isEmpty();
        assertThat(FileType.sniff("#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.US_ASCII), "a.sh")).isEmpty();
        assertThat(FileType.sniff(zip("payload.js", "alert(1)"), "archive.zip")).isEmpty();
        assertThat(FileType.sniff(new byte[0], "empty.png")).isEmpty();
        assertThat(FileType.sniff(new byte[] {'P', 'K', 3, 4, 1, 2}, "broken.docx")).isEmpty();
    }

    @Test
    void aNameMustAgreeWithTheContent() throws Exception {
        assertThat(FileType.PNG.matchesName("anh.PNG")).isTrue();
        assertThat(FileType.JPEG.matchesName("anh.jpeg")).isTrue();
        assertThat(FileType.PNG.matchesName("anh.jpg")).isFalse();
        assertThat(FileType.PDF.matchesName("van-ban.pdf.exe")).isFalse();
        assertThat(FileType.PDF.matchesName("van-ban")).isFalse();
    }

    @Test
    void fileNamesAreFoldedToSafeAscii() {
        assertThat(MediaLibrary.safeName("Ảnh hội nghị Đồng Nai.JPG")).isEqualTo("anh-hoi-nghi-dong-nai.jpg");
        assertThat(MediaLibrary.safeName("C:\\Users\\thu\\Kế hoạch số 12.pdf")).isEqualTo("ke-hoach-so-12.pdf");
        assertThat(MediaLibrary.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(MediaLibrary.safeName("\"><script>.png")).isEqualTo("script.png");
        assertThat(MediaLibrary.safeName(".png")).isEqualTo("tep.png");
    }

    @Test
    void scalesLargeImagesDownAndLeavesSmallOnesAlone() throws Exception {
        byte[] large = image("png", 1200, 600);
        assertThat(Renditions.measure(large)).hasValue(new Renditions.Size(1200, 600));
        Renditions.Scaled scaled = Renditions.scale(large, 480).orElseThrow();
        assertThat(scaled.width()).isEqualTo(480);
        assertThat(scaled.height()).isEqualTo(240);
        assertThat(FileType.sniff(scaled.content(), "x")).hasValue(FileType.JPEG);
        assertThat(Renditions.scale(image("png", 300, 200), 480)).isEmpty();
    }
}
