package vn.govportal.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

    /** Known XSS payloads, in {@code xss-payloads.txt}. */
    @ParameterizedTest
    @MethodSource("vn.govportal.publishing.XssCorpus#payloads")
    void removesEverythingThatCouldRunOrHide(String payload) {
        String clean = HtmlSanitizer.clean("<p>Trước</p>" + payload + "<p>Sau</p>");

        XssCorpus.assertHarmless(clean);
        assertThat(clean).startsWith("<p>Trước</p>"); // the text around a payload stays; an unclosed payload may swallow what follows
    }

    @Test
    void keepsTheMarkupArticlesUse() {
        String html = "<h2>Mục tiêu</h2><p>Văn bản <strong>đậm</strong>, <em>nghiêng</em> và "
                + "<a href=\"https://dongnai.gov.vn/van-ban\">liên kết</a>, <a href=\"mailto:songoaivu@dongnai.gov.vn\">thư</a>, "
                + "<a href=\"/bai-viet/tin-khac\">tin khác</a>.</p>"
                + "<ul><li>Một</li><li>Hai</li></ul><ol><li>Ba</li></ol>"
                + "<table><thead><tr><th>Năm</th><th>Số đoàn</th></tr></thead><tbody><tr><td>2026</td><td>12</td></tr></tbody></table>"
                + "<figure><img src=\"/tep/5/hoi-nghi.jpg\" alt=\"Hội nghị\" width=\"960\" height=\"540\"><figcaption>Toàn cảnh</figcaption></figure>"
                + "<blockquote>Trích dẫn</blockquote>";

        String clean = HtmlSanitizer.clean(html);

        assertThat(clean)
                .contains("<h2>Mục tiêu</h2>")
                .contains("<strong>đậm</strong>")
                .contains("<em>nghiêng</em>")
                .contains("<a href=\"https://dongnai.gov.vn/van-ban\" rel=\"noopener noreferrer\">liên kết</a>")
                .contains("<a href=\"mailto:songoaivu@dongnai.gov.vn\">thư</a>")
                .contains("<a href=\"/bai-viet/tin-khac\">tin khác</a>")
                .contains("<ul><li>Một</li><li>Hai</li></ul>")
                .contains("<th>Số đoàn</th>")
                .contains("<img src=\"/tep/5/hoi-nghi.jpg\" alt=\"Hội nghị\" width=\"960\" height=\"540\">")
                .contains("<figcaption>Toàn cảnh</figcaption>")
                .contains("<blockquote>Trích dẫn</blockquote>");
    }

    @Test
    void cleansTextPastedFromWord() {
        String word = "<p class=\"MsoNormal\" style=\"margin-bottom:0cm;line-height:normal\">"
                + "<span lang=\"VI\" style=\"font-size:14.0pt;font-family:'Times New Roman',serif\">Kính gửi các sở, ngành</span>"
                + "<o:p></o:p></p><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->";

        assertThat(HtmlSanitizer.clean(word)).isEqualTo("<p>Kính gửi các sở, ngành</p>");
    }

    @Test
    void imagesFromTheLibraryKeepTheirScaledCopyAndAlwaysHaveATextAlternative() {
        String clean = HtmlSanitizer.clean("<p><img src=\"/govportal/tep/7/cai-cach.jpg?w=960\"></p>"
                + "<p><img src=\"/tep/8/hop-tac.jpg?w=480\" alt=\"Ký kết hợp tác\"></p>");

        assertThat(clean).isEqualTo("<p><img src=\"/govportal/tep/7/cai-cach.jpg?w=960\" alt=\"\"></p>"
                + "<p><img src=\"/tep/8/hop-tac.jpg?w=480\" alt=\"Ký kết hợp tác\"></p>");
    }

    /** Restoring a revision cleans its body again: that must give back exactly what was saved. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<h2>Mục tiêu</h2><p>Nâng cao <strong>nhận thức</strong> và <em>trách nhiệm</em>.</p><ul><li>Một</li><li>Hai</li></ul>",
        "<table><caption>Lịch</caption><thead><tr><th scope=\"col\">Ngày</th></tr></thead><tbody><tr><td colspan=\"2\">Thứ Hai</td></tr></tbody></table>",
        "<p><a href=\"https://dongnai.gov.vn\">Cổng tỉnh</a> · <a href=\"mailto:songoaivu@dongnai.gov.vn\">thư</a> · <a href=\"/bai-viet/x\">bài</a></p>",
        "<figure><img src=\"/tep/5/hoi-nghi.jpg?w=960\"><figcaption>Toàn cảnh</figcaption></figure><blockquote>Trích</blockquote>",
        "<p class=\"MsoNormal\" style=\"margin:0\"><span style=\"font-size:14pt\">Kính gửi</span><o:p></o:p></p><script>x</script>",
        "<p>a &amp; b &lt; c — “trích” <br>dòng mới</p><p>&nbsp;</p>",
    })
    void cleaningTwiceChangesNothing(String html) {
        String once = HtmlSanitizer.clean(html);

        assertThat(HtmlSanitizer.clean(once)).isEqualTo(once);
    }

    @Test
    void listsFromTheEditorKeepTheirKind() {
        String quill = "<ol><li data-list=\"bullet\">Một</li><li data-list=\"bullet\">Hai</li>"
                + "<li data-list=\"ordered\">Bước 1</li></ol><p>Giữa</p><ol><li data-list=\"ordered\">Bước 2</li></ol>";

        assertThat(HtmlSanitizer.clean(quill))
                .isEqualTo("<ul><li>Một</li><li>Hai</li></ul><ol><li>Bước 1</li></ol><p>Giữa</p><ol><li>Bước 2</li></ol>");
        assertThat(HtmlSanitizer.clean("<ul><li>Một</li></ul><ol><li>Hai</li></ol>")).isEqualTo("<ul><li>Một</li></ul><ol><li>Hai</li></ol>");
    }

    @Test
    void emptyInputIsEmpty() {
        assertThat(HtmlSanitizer.clean(null)).isEmpty();
        assertThat(HtmlSanitizer.clean("   ")).isEmpty();
    }
}
