package vn.govportal.article;

import java.io.Serializable;
import java.time.Instant;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.text.VietnamTime;

/** An article as the admin list shows it. Read-only. */
public final class ArticleRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final PublicationStatus status;
    private final String categoryName;
    private final String owner;
    private final Instant publishedAt;
    private final Instant updatedAt;
    private final boolean hasEnglish;
    private final boolean englishPublished;

    public ArticleRow(Long id, String title, PublicationStatus status, String categoryName, String owner,
            Instant publishedAt, Instant updatedAt, String englishTitle, Boolean englishPublished) {
        this.hasEnglish = englishTitle != null;
        this.englishPublished = hasEnglish && Boolean.TRUE.equals(englishPublished);
        this.id = id;
        this.title = title;
        this.status = status;
        this.categoryName = categoryName;
        this.owner = owner;
        this.publishedAt = publishedAt;
        this.updatedAt = updatedAt;
    }

    /** Whether it has an English version, published or not. */
    public boolean isHasEnglish() {
        return hasEnglish;
    }

    public boolean isEnglishPublished() {
        return englishPublished;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public String getOwner() {
        return owner;
    }

    public String getPublished() {
        return publishedAt == null ? "" : VietnamTime.shortDateTime(publishedAt);
    }

    public String getUpdated() {
        return updatedAt == null ? "" : VietnamTime.shortDateTime(updatedAt);
    }
}
