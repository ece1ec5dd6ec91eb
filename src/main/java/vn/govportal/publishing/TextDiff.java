package vn.govportal.publishing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The differences between two versions of a text, paragraph by paragraph, as staff read them:
 * what was removed, what was added, what stayed. Rich text is compared as its paragraphs' text.
 */
public final class TextDiff {

    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, caption, th, td, figcaption";

    private TextDiff() {
    }

    /** One paragraph of the comparison. */
    public record Line(Kind kind, String text) implements java.io.Serializable {

        public String getKind() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }

        public String getText() {
            return text;
        }
    }

    public enum Kind { SAME, REMOVED, ADDED }

    /** Paragraph texts of sanitised HTML: each block element on its own line. */
    public static List<String> paragraphs(String html) {
        List<String> lines = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return lines;
        }
        for (Element block : Jsoup.parseBodyFragment(html).body().select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1) {
                continue; // it holds other blocks, which are listed themselves
            }
            String text = block.text().trim();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
    }

    public static List<Line> lines(List<String> before, List<String> after) {
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Line> result = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                result.add(new Line(Kind.SAME, before.get(position)));
            }
            delta.getSource().getLines().forEach(l -> result.add(new Line(Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> result.add(new Line(Kind.ADDED, l)));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            result.add(new Line(Kind.SAME, before.get(position)));
        }
        return result;
    }

    /** A one-line field (title, lead, author) compared as a whole. */
    public static List<Line> field(String before, String after) {
        return lines(before == null || before.isBlank() ? List.of() : List.of(before),
                after == null || after.isBlank() ? List.of() : List.of(after));
    }
}
