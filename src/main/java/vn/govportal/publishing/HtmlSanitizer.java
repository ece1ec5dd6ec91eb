package vn.govportal.publishing;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
                    "ul", "ol", "li", "strong", "em", "b", "i", "u", "s", "sub", "sup",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "a", "img", "figure", "figcaption")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {
    }

    /**
     * The rich-text editor (Quill 2) writes every list as {@code <ol>}, marking each item
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

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        separateQuillLists(dirty);
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
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
