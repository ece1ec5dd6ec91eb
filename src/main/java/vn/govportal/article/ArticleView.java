package vn.govportal.article;

import java.time.Instant;
import vn.govportal.text.SiteLanguage;
import vn.govportal.text.VietnamTime;

/** A published article as its page shows it. Read-only. */
public final class ArticleView {

    private final long id;
    private final String title;
    private final String lead;
    private final String body;
    private final String author;
    private final Instant publishedAt;
    private final Long imageId;
    private final String imageFileName;
    private final Integer imageWidth;
    private final Integer imageHeight;
    private final long categoryId;
    private final String categoryName;
    private final String categorySlug;
    private final String slug;
    private final String englishSlug;

    /**
     * Texts in the page's language; {@code slug} is the Vietnamese address, {@code englishSlug}
     * the English one, kept only if the English version is public.
     */
    public ArticleView(Long id, String title, String lead, String body, String author, Instant publishedAt,
            Long imageId, String imageFileName, Integer imageWidth, Integer imageHeight,
            Long categoryId, String categoryName, String categorySlug, String slug, String englishSlug, Boolean englishPublished) {
        this(id, title, lead, body, author, publishedAt, imageId, imageFileName, imageWidth, imageHeight, categoryId,
                categoryName, categorySlug, slug, Boolean.TRUE.equals(englishPublished) ? englishSlug : null);
    }

    private ArticleView(Long id, String title, String lead, String body, String author, Instant publishedAt,
            Long imageId, String imageFileName, Integer imageWidth, Integer imageHeight,
            Long categoryId, String categoryName, String categorySlug, String slug, String englishSlug) {
        this.id = id;
        this.title = title;
        this.lead = lead;
        this.body = body;
        this.author = author;
        this.publishedAt = publishedAt;
        this.imageId = imageId;
        this.imageFileName = imageFileName;
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        this.categoryId = categoryId;
        this.categoryName = categoryName;
        this.categorySlug = categorySlug;
        this.slug = slug;
        this.englishSlug = englishSlug;
    }

    /** This article dated {@code when} if it has no publication time yet (a draft's preview). */
    public ArticleView datedIfUndated(Instant when) {
        return publishedAt != null ? this : new ArticleView(id, title, lead, body, author, when, imageId, imageFileName,
                imageWidth, imageHeight, categoryId, categoryName, categorySlug, slug, englishSlug);
    }

    /** Its address word on the site in {@code language}; null on the English site if its English version is not public. */
    public String slugIn(SiteLanguage language) {
        return language == SiteLanguage.EN ? englishSlug : slug;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getLead() {
        return lead;
    }

    public boolean isHasLead() {
        return lead != null && !lead.isBlank();
    }

    /** Sanitised HTML, rendered as is. */
    public String getBody() {
        return body;
    }

    public String getAuthor() {
        return author;
    }

    public boolean isHasAuthor() {
        return author != null && !author.isBlank();
    }

    /** "GMT+7 20 - 10 - 2016", from the real publish time in Vietnam time. */
    public String getDateline() {
        return VietnamTime.dateline(publishedAt);
    }

    public String getIsoDate() {
        return VietnamTime.isoOffset(publishedAt);
    }

    public boolean isHasImage() {
        return imageId != null;
    }

    public Long getImageId() {
        return imageId;
    }

    public String getImageFileName() {
        return imageFileName;
    }

    public Integer getImageWidth() {
        return imageWidth;
    }

    public Integer getImageHeight() {
        return imageHeight;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public String getCategorySlug() {
        return categorySlug;
    }
}
