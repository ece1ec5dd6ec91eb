package vn.govportal.document;

/**
 * What a visitor narrowed the register to: each null for no limit. {@code fieldSlug} names a
 * field by its address, {@code text} is searched in the số ký hiệu and trích yếu.
 */
public record DocumentFilter(DocumentType type, String authority, String fieldSlug, Integer year, Validity validity,
        String text) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
