package vn.govportal.publishing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the rich text staff write (or paste from Word) down to what an article may contain:
 * paragraphs, headings, lists, tables, emphasis, links (http, https, mailto) and images from the
 * portal's own media library. Everything else is dropped: scripts, event handlers,
 * {@code javascript:} URLs, styles, frames, forms, classes. Uses jsoup's allow-list cleaner,
 * which works on a parsed tree rather than on text patterns.
 */
public final class HtmlSanitizer {

    /**
     * Images must come from the media library: {@code /tep/{id}/{name}}, under any context path,
     * the original or one of its scaled copies ({@code ?w=480}, {@code ?w=960}).
     */
    private static final Pattern MEDIA_IMAGE = Pattern.compile("(/[A-Za-z0-9._-]+)*/tep/\\d+/[^/?#\"'<>\\s]+(\\?w=(480|960))?");
    /** Relative links are resolved against this to check their protocol; they stay relative. */
    private static final String BASE = "https://govportal.invalid/";

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote",
                    "ul", "ol", "li", "strong", "em", "u", "s", "sub", "sup",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "a", "img", "figure", "figcaption")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .preserveRelativeLinks(true);

    /** Elements that start and end a line of their own; collapsible blanks next to them are never shown. */
    private static final Set<String> BLOCKS = Set.of("body", "p", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "br",
            "ul", "ol", "li", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption");
    /** The order attributes are stored in (every attribute the allow-list keeps is here). */
    private static final List<String> ATTRIBUTE_ORDER = List.of("src", "href", "alt", "title", "width", "height",
            "colspan", "rowspan", "scope", "rel");
    /** Only the blanks HTML collapses: a no-break space is text. */
    private static final Pattern LEADING_BLANKS = Pattern.compile("^[ \\t\\n\\r\\f]+");
    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t\\n\\r\\f]+$");

    private HtmlSanitizer() {
    }

    /**
     * The console's former editor (Quill 2), whose text may still come back from a browser's kept
     * draft, wrote every list as {@code <ol>}, marking each item
     * {@code data-list="bullet"} or {@code "ordered"}; that mark is not kept, so without this a
     * bulleted list would come out numbered. Each run of items of one kind becomes a list of
     * that kind.
     */
    private static void separateQuillLists(Document document) {
        for (Element list : document.select("ol:has(> li[data-list])")) {
            Element current = null;
            String currentKind = null;
            for (Element item : list.children().stream().toList()) {
                String kind = "bullet".equals(item.attr("data-list")) ? "ul" : "ol";
                if (current == null || !kind.equals(currentKind)) {
                    current = new Element(kind);
                    list.before(current);
                    currentKind = kind;
                }
                current.appendChild(item);
            }
            list.remove();
        }
    }

    /**
     * Blanks beside a block (a line break between two paragraphs, a table's rows) are not shown by
     * any browser; they only record how an editor laid out its HTML. Without them a text is stored
     * one way whoever wrote it, and saving it unchanged changes nothing.
     */
    private static void dropLayoutWhitespace(Element root) {
        for (TextNode text : root.textNodes().stream().toList()) {
            String value = text.getWholeText();
            if (isBlock(text.previousSibling()) || text.previousSibling() == null && isBlock(text.parent())) {
                value = LEADING_BLANKS.matcher(value).replaceFirst("");
            }
            if (isBlock(text.nextSibling()) || text.nextSibling() == null && isBlock(text.parent())) {
                value = TRAILING_BLANKS.matcher(value).replaceFirst("");
            }
            if (value.isEmpty()) {
                text.remove();
            } else if (!value.equals(text.getWholeText())) {
                text.text(value);
            }
        }
        for (Element child : root.children()) {
            dropLayoutWhitespace(child);
        }
    }

    /** Attributes in one order, whichever order an editor wrote them in: an unchanged text is stored unchanged. */
    private static void orderAttributes(Element element) {
        List<Attribute> attributes = new ArrayList<>(element.attributes().asList());
        attributes.sort(Comparator.comparingInt(a -> ATTRIBUTE_ORDER.indexOf(a.getKey())));
        for (Attribute attribute : attributes) {
            element.removeAttr(attribute.getKey());
        }
        for (Attribute attribute : attributes) {
            element.attr(attribute.getKey(), attribute.getValue());
        }
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        separateQuillLists(dirty);
        // One way to write emphasis, the one the editor writes: saving a text unchanged changes nothing.
        dirty.select("b").tagName("strong");
        dirty.select("i").tagName("em");
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        for (Element image : clean.select("img")) {
            if (!MEDIA_IMAGE.matcher(image.attr("src")).matches()) {
                image.remove();
            } else if (!image.hasAttr("alt")) {
                image.attr("alt", ""); // every image states its text alternative, if only that it has none
            }
        }
        for (Element link : clean.select("a[href^=http]")) {
            link.attr("rel", "noopener noreferrer");
        }
        dropLayoutWhitespace(clean.body());
        for (Element element : clean.body().select("[src], [href], [alt], [title], [width], [height], [colspan], [rowspan], [scope], [rel]")) {
            orderAttributes(element);
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
