package vn.govportal.article;

import java.io.Serializable;
import java.util.Objects;
import vn.govportal.publishing.HtmlSanitizer;
import vn.govportal.publishing.Translation;

/**
 * An article as the editor form holds it: what staff typed, with the version it started from.
 * Kept apart from the entity so that a refused save leaves the typed text untouched.
 */
public class ArticleDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String title;
    private String slug;
    private String lead;
    private String body;
    private String author;
    private Long categoryId;
    private Long featuredImageId;
    private boolean featured;
    /** The English version: all blank for none. */
    private String titleEn;
    private String slugEn;
    private String leadEn;
    private String bodyEn;
    private boolean englishPublished;

    public static ArticleDraft of(Article article) {
        ArticleDraft draft = new ArticleDraft();
        draft.id = article.getId();
        draft.version = article.getVersion();
        draft.title = article.getTitle();
        draft.slug = article.getSlug();
        draft.lead = article.getLead();
        draft.body = article.getBody();
        draft.author = article.getAuthor();
        draft.categoryId = article.getCategory().getId();
        draft.featuredImageId = article.getFeaturedImage() == null ? null : article.getFeaturedImage().getId();
        draft.featured = article.isFeatured();
        Translation english = article.getEnglish();
        draft.titleEn = english.getTitle();
        draft.slugEn = english.getSlug();
        draft.leadEn = english.getLead();
        draft.bodyEn = english.getBody();
        draft.englishPublished = english.isPublished();
        return draft;
    }

    /** The same content as another draft, keeping this one's id and version. */
    public ArticleDraft copy() {
        ArticleDraft copy = new ArticleDraft();
        copy.id = id;
        copy.version = version;
        copy.title = title;
        copy.slug = slug;
        copy.lead = lead;
        copy.body = body;
        copy.author = author;
        copy.categoryId = categoryId;
        copy.featuredImageId = featuredImageId;
        copy.featured = featured;
        copy.titleEn = titleEn;
        copy.slugEn = slugEn;
        copy.leadEn = leadEn;
        copy.bodyEn = bodyEn;
        copy.englishPublished = englishPublished;
        return copy;
    }

    /**
     * Whether this holds other content than {@code saved} (what is stored): blank and missing
     * text are the same, and the body is compared as it would be stored, after cleaning.
     */
    public boolean differsFrom(ArticleDraft saved) {
        return !same(title, saved.title) || !same(slug, saved.slug) || !same(lead, saved.lead)
                || !same(author, saved.author) || !Objects.equals(categoryId, saved.categoryId)
                || !Objects.equals(featuredImageId, saved.featuredImageId) || featured != saved.featured
                || !HtmlSanitizer.clean(body).equals(HtmlSanitizer.clean(saved.body))
                || !same(titleEn, saved.titleEn) || !same(slugEn, saved.slugEn) || !same(leadEn, saved.leadEn)
                || englishPublished != saved.englishPublished
                || !HtmlSanitizer.clean(bodyEn).equals(HtmlSanitizer.clean(saved.bodyEn));
    }

    private static boolean same(String a, String b) {
        return (a == null ? "" : a.strip()).equals(b == null ? "" : b.strip());
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getFeaturedImageId() {
        return featuredImageId;
    }

    public void setFeaturedImageId(Long featuredImageId) {
        this.featuredImageId = featuredImageId;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getSlugEn() {
        return slugEn;
    }

    public void setSlugEn(String slugEn) {
        this.slugEn = slugEn;
    }

    public String getLeadEn() {
        return leadEn;
    }

    public void setLeadEn(String leadEn) {
        this.leadEn = leadEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public boolean isEnglishPublished() {
        return englishPublished;
    }

    public void setEnglishPublished(boolean englishPublished) {
        this.englishPublished = englishPublished;
    }
}
