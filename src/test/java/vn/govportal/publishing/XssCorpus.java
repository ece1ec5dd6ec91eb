package vn.govportal.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** The XSS payloads the portal is tested against, and what "harmless" means for cleaned HTML. */
public final class XssCorpus {

    /** Everything an article body may contain after cleaning. */
    private static final Set<String> ALLOWED_TAGS = Set.of("body", "p", "br", "hr", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s", "sub", "sup", "table", "caption",
            "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "figure", "figcaption");

    private XssCorpus() {
    }

    public static List<String> payloads() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(XssCorpus.class.getResourceAsStream("/xss-payloads.txt")), StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("# ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless {@code html} holds only allowed elements, no handlers, styles or script URLs, and only library images. */
    public static void assertHarmless(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(ALLOWED_TAGS).as(html).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(html).doesNotStartWith("on").isNotIn("style", "class", "id", "target");
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertThat(value).as(html).doesNotContain("javascript:").doesNotContain("vbscript:").doesNotContain("data:");
            }
            if (element.tagName().equals("img")) {
                assertThat(element.attr("src")).as(html).matches(".*/tep/\\d+/.+");
            }
        }
    }
}
