package vn.govportal.publishing;

import java.util.function.Predicate;
import vn.govportal.text.Slugs;

/** Checks an English version as staff typed it, with the rules of the Vietnamese one. */
public final class Translations {

    static final int MAX_TITLE = Lengths.TITLE;
    static final int MAX_LEAD = Lengths.SUMMARY;
    static final int MAX_BODY = Lengths.BODY;

    private Translations() {
    }

    /**
     * The English version to store: none (null) if every field was left blank; else a title and
     * a body (cleaned like the Vietnamese one), an optional lead, and an address of its own,
     * made from the title when none was given. Refused fields are named {@code titleEn},
     * {@code slugEn}, {@code leadEn}, {@code bodyEn}.
     *
     * @param typed what the form holds, its publish switch included
     * @param slugTaken whether an English address is taken by another item of the same kind
     * @param published whether it is to be public (the caller decides who may switch it)
     */
    public static Translation checked(Translation typed, Predicate<String> slugTaken, boolean published) {
        String title = strip(typed.getTitle());
        String slugGiven = strip(typed.getSlug());
        String lead = strip(typed.getLead());
        String body = HtmlSanitizer.clean(typed.getBody());
        if (isBlank(body)) {
            body = ""; // an editor left empty still holds an empty paragraph: no text
        }
        if (title.isEmpty() && slugGiven.isEmpty() && lead.isEmpty() && body.isEmpty()) {
            return null;
        }
        if (title.isEmpty()) {
            throw new EditRefused("titleEn", "article.refused.required");
        }
        if (title.length() > MAX_TITLE) {
            throw new EditRefused("titleEn", "article.refused.tooLong", MAX_TITLE);
        }
        if (lead.length() > MAX_LEAD) {
            throw new EditRefused("leadEn", "article.refused.tooLong", MAX_LEAD);
        }
        if (body.isEmpty()) {
            throw new EditRefused("bodyEn", "article.refused.required");
        }
        if (body.length() > MAX_BODY) {
            throw new EditRefused("bodyEn", "article.refused.bodyTooLong", MAX_BODY / 1000);
        }
        String slug;
        if (slugGiven.isEmpty()) {
            slug = Slugs.unique(title, slugTaken);
        } else {
            slug = Slugs.isWellFormed(slugGiven) ? slugGiven : Slugs.slugify(slugGiven);
            if (!Slugs.isWellFormed(slug)) {
                throw new EditRefused("slugEn", "article.refused.slug");
            }
            if (slugTaken.test(slug)) {
                throw new EditRefused("slugEn", "article.refused.slugTaken", slug);
            }
        }
        return new Translation(title, slug, lead.isEmpty() ? null : lead, body, published);
    }

    /** HTML with nothing a reader would see: no words, no image, no table. */
    static boolean isBlank(String html) {
        if (html.isEmpty()) {
            return true;
        }
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(html).body();
        return body.text().isBlank() && body.select("img, table, hr").isEmpty();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
