package vn.govportal.publishing;

import java.time.Instant;

/** A public item as the sitemap lists it: its slug and when it last changed. */
public record PublicEntry(String slug, Instant lastModified) {

    /** For query results: the later of its last edit and its publication (a scheduled publication edits nothing). */
    public PublicEntry(String slug, Instant updatedAt, Instant publishedAt) {
        this(slug, publishedAt != null && publishedAt.isAfter(updatedAt) ? publishedAt : updatedAt);
    }
}
