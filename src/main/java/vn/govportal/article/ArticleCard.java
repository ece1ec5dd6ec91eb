package vn.govportal.article;

import java.time.Instant;
import vn.govportal.text.VietnamTime;

/** An article as a list shows it: title, lead, date, image and category. Read-only. */
public final class ArticleCard {

    private final long id;
    private final String title;
    private final String slug;
    private final String lead;
    private final Instant publishedAt;
    private final Long imageId;
    private final String imageFileName;
    private final String categoryName;
    private final String categorySlug;

    public ArticleCard(Long id, String title, String slug, String lead, Instant publishedAt,
            Long imageId, String imageFileName, String categoryName, String categorySlug) {
        this.id = id;
        this.title = title;
        this.slug = slug;
        this.lead = lead;
        this.publishedAt = publishedAt;
        this.imageId = imageId;
        this.imageFileName = imageFileName;
        this.categoryName = categoryName;
        this.categorySlug = categorySlug;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getLead() {
        return lead;
    }

    public Long getImageId() {
        return imageId;
    }

    public String getImageFileName() {
        return imageFileName;
    }

    public boolean isHasImage() {
        return imageId != null;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public String getCategorySlug() {
        return categorySlug;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getDate() {
        return VietnamTime.shortDate(publishedAt);
    }

    public String getIsoDate() {
        return VietnamTime.isoOffset(publishedAt);
    }
}
