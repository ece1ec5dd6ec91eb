package vn.govportal.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sanitiser, the last step of every save, keeps each real-world body of the corpus as it is. */
class EditorCorpusTest {

    static Stream<Arguments> corpus() {
        return EditorCorpus.bodies().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void theCorpusHoldsWhatArticlesAreMadeOf() {
        Map<String, String> bodies = EditorCorpus.bodies();
        String all = String.join("\n", bodies.values());
        assertThat(bodies).hasSizeGreaterThanOrEqualTo(30);
        assertThat(all).contains("colspan=", "rowspan=", "<thead>", "<tfoot>", "<caption>", "<figcaption>", "<blockquote>",
                "<sup>", "<sub>", "<s>", "<u>", "<h4>", "mailto:", "<img ");
        assertThat(all).containsPattern("<li>[^<]*<(ul|ol)>"); // a list inside an item
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void savingABodyKeepsEveryElementAttributeAndWord(String name, String body) {
        assertThat(EditorCorpus.outline(HtmlSanitizer.clean(body))).isEqualTo(EditorCorpus.outline(body));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void savingASavedBodyAgainChangesNoByte(String name, String body) {
        String saved = HtmlSanitizer.clean(body);
        assertThat(HtmlSanitizer.clean(saved)).isEqualTo(saved);
    }

    @Test
    void blanksBesideBlocksAreNotKeptButBlanksInsideTextAre() {
        assertThat(HtmlSanitizer.clean("<p>Một <strong>hai</strong> ba</p>\n<ul>\n  <li>bốn\n<ol><li>năm</li></ol></li>\n</ul>"))
                .isEqualTo("<p>Một <strong>hai</strong> ba</p><ul><li>bốn<ol><li>năm</li></ol></li></ul>");
        assertThat(HtmlSanitizer.clean("<p>\u00a0</p>")).isEqualTo("<p>&nbsp;</p>");
    }

    @Test
    void boldAndItalicAreStoredTheOneWayTheEditorWritesThem() {
        assertThat(HtmlSanitizer.clean("<p><b>đậm</b> <i>nghiêng</i></p>")).isEqualTo("<p><strong>đậm</strong> <em>nghiêng</em></p>");
    }
}
