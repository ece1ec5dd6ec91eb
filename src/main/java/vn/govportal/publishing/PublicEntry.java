package vn.govportal.publishing;

import java.time.Instant;

/**
 * A public item as the sitemap lists it: its Vietnamese slug, its English one if its English
 * version is public too (else null), and when it last changed.
 */
public record PublicEntry(String slug, String englishSlug, Instant lastModified) {

    /** For query results: the later of its last edit and its publication (a scheduled publication edits nothing). */
    public PublicEntry(String slug, String englishSlug, Boolean englishPublished, Instant updatedAt, Instant publishedAt) {
        this(slug, Boolean.TRUE.equals(englishPublished) ? englishSlug : null,
                publishedAt != null && publishedAt.isAfter(updatedAt) ? publishedAt : updatedAt);
    }
}
