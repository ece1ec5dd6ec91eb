package vn.govportal.document;

import java.util.List;

/**
 * What a visitor narrowed the register to: each null for no limit. {@code fieldSlug} names a
 * field by its address, {@code text} is searched in the số ký hiệu and trích yếu; {@code matches}
 * are the documents the search index found for the text, once looked up (null before).
 */
public record DocumentFilter(DocumentType type, String authority, String fieldSlug, Integer year, Validity validity,
        String text, List<Long> matches) {

    public DocumentFilter(DocumentType type, String authority, String fieldSlug, Integer year, Validity validity, String text) {
        this(type, authority, fieldSlug, year, validity, text, null);
    }

    /** The same filter with the search index's matches for its text, so a count and a page ask the index once. */
    public DocumentFilter withMatches(List<Long> found) {
        return new DocumentFilter(type, authority, fieldSlug, year, validity, text, List.copyOf(found));
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
