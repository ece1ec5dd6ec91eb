package vn.govportal.search;

import java.time.Instant;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.text.SiteLanguage;

/**
 * One item in one language as the index holds it: its words (title, and lead and body as plain
 * text) and what the results page shows and filters by. {@code until} is when it leaves the
 * public site (an unpublish time or a notice's expiry), null if never.
 */
public record Searchable(ItemType type, long id, SiteLanguage language, String slug, String title, String text,
        Long categoryId, PublicationStatus status, Instant publishedAt, Instant until) {

    /** The key all language versions of one item share: "article:12". */
    public String item() {
        return item(type, id);
    }

    public static String item(ItemType type, long id) {
        return type.key() + ':' + id;
    }
}
