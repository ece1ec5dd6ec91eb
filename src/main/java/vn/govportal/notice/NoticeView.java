package vn.govportal.notice;

import java.time.Instant;
import vn.govportal.media.MediaInfo;
import vn.govportal.text.SiteLanguage;
import vn.govportal.text.VietnamTime;

/** A public notice, for the list, the sidebar and its own page. Read-only. */
public final class NoticeView {

    private final long id;
    private final String title;
    private final String slug;
    private final String summary;
    private final String body;
    private final Instant publishedAt;
    private final MediaInfo attachment;
    private final String vietnameseSlug;
    private final String englishSlug;

    private NoticeView(NoticeView undated, Instant when) {
        this.id = undated.id;
        this.title = undated.title;
        this.slug = undated.slug;
        this.summary = undated.summary;
        this.body = undated.body;
        this.publishedAt = when;
        this.attachment = undated.attachment;
        this.vietnameseSlug = undated.vietnameseSlug;
        this.englishSlug = undated.englishSlug;
    }

    /**
     * A notice as its own page shows it, in the page's language, with its address on each site
     * ({@code englishSlug} kept only if its English version is public).
     */
    public NoticeView(Long id, String title, String slug, String summary, String body, Instant publishedAt,
            Long attachmentId, String attachmentName, String attachmentType, Long attachmentSize,
            String vietnameseSlug, String englishSlug, Boolean englishPublished) {
        this.id = id;
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.body = body;
        this.publishedAt = publishedAt;
        this.attachment = attachmentId == null ? null
                : new MediaInfo(attachmentId, attachmentName, attachmentType, attachmentSize, null, null);
        this.vietnameseSlug = vietnameseSlug;
        this.englishSlug = Boolean.TRUE.equals(englishPublished) ? englishSlug : null;
    }

    /** A notice as a list shows it: everything but its text, which lists never show and need not read. */
    public NoticeView(Long id, String title, String slug, String summary, Instant publishedAt,
            Long attachmentId, String attachmentName, String attachmentType, Long attachmentSize) {
        this(id, title, slug, summary, null, publishedAt, attachmentId, attachmentName, attachmentType, attachmentSize,
                null, null, null);
    }

    /** This notice dated {@code when} if it has no publication time yet (a draft's preview). */
    public NoticeView datedIfUndated(Instant when) {
        return publishedAt != null ? this : new NoticeView(this, when);
    }

    /** Its address word on the site in {@code language}, as its own page knows it; null where it is not public. */
    public String slugIn(SiteLanguage language) {
        return language == SiteLanguage.EN ? englishSlug : vietnameseSlug;
    }

    public Instant getPublishedAt() {
        return publishedAt;
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

    public String getDate() {
        return VietnamTime.shortDate(publishedAt);
    }

    public String getDateline() {
        return VietnamTime.dateline(publishedAt);
    }

    public String getIsoDate() {
        return VietnamTime.isoOffset(publishedAt);
    }

    public boolean isHasAttachment() {
        return attachment != null;
    }

    public MediaInfo getAttachment() {
        return attachment;
    }
}
