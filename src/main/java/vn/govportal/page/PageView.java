package vn.govportal.page;

import java.time.Instant;
import vn.govportal.text.SiteLanguage;
import vn.govportal.text.VietnamTime;

/**
 * A public page in one language: its text, when it last changed, and its address word on each
 * site ({@code englishSlug} null where its English version is not public).
 */
public final class PageView {

    private final long id;
    private final String title;
    private final String summary;
    private final String body;
    private final Instant updatedAt;
    private final String vietnameseSlug;
    private final String englishSlug;

    public PageView(Long id, String title, String slug, String summary, String body, Instant updatedAt,
            String vietnameseSlug, String englishSlug, Boolean englishPublished) {
        this.id = id;
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.updatedAt = updatedAt;
        this.vietnameseSlug = vietnameseSlug;
        this.englishSlug = Boolean.TRUE.equals(englishPublished) ? englishSlug : null;
    }

    /** Its address word on the site in {@code language}; null where it is not public. */
    public String slugIn(SiteLanguage language) {
        return language == SiteLanguage.EN ? englishSlug : vietnameseSlug;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isHasSummary() {
        return summary != null && !summary.isBlank();
    }

    /** Sanitised HTML, rendered as is. */
    public String getBody() {
        return body;
    }

    public String getUpdated() {
        return VietnamTime.shortDate(updatedAt);
    }

    public String getIsoUpdated() {
        return VietnamTime.isoOffset(updatedAt);
    }
}
