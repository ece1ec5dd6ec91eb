package vn.govportal.page;

import java.io.Serializable;
import java.time.Instant;
import vn.govportal.publishing.PublicationStatus;

/** A page as the console lists it, and as the menu editor offers it. */
public record PageRow(long id, String title, String slug, PublicationStatus status, boolean englishPublished,
        Instant updatedAt) implements Serializable {

    public PageRow(Long id, String title, String slug, PublicationStatus status, Boolean englishPublished, Instant updatedAt) {
        this(id.longValue(), title, slug, status, Boolean.TRUE.equals(englishPublished), updatedAt);
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }
}
