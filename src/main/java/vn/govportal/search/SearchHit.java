package vn.govportal.search;

import java.time.Instant;

/**
 * One result: which item, its address slug, and its title and snippet as HTML in which
 * everything is escaped except the {@code <mark>} around the matched words.
 */
public record SearchHit(ItemType type, long id, String slug, String titleHtml, String snippetHtml, Instant publishedAt) {
}
