package vn.govportal.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.govportal.category.Category;
import vn.govportal.media.MediaFile;
import vn.govportal.publishing.Lengths;
import vn.govportal.publishing.Publication;

/** A news article: lead, body, byline, category and featured image. */
@Entity
@Table(name = "article")
public class Article extends Publication {

    /** The condition (on {@code a}) for an article visitors may see at {@code :now}. */
    public static final String PUBLIC = " a.status = :published AND a.publishedAt <= :now"
            + " AND (a.unpublishAt IS NULL OR a.unpublishAt > :now)";

    @Column(name = "lead_text", length = Lengths.SUMMARY)
    private String lead;

    @Column(length = 200)
    private String author;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "featured_image_id")
    private MediaFile featuredImage;

    /** Marks the article the home page leads with. */
    @Column(nullable = false)
    private boolean featured;

    /** The staff member who created it; authors may edit only their own drafts. */
    @Column(length = 60)
    private String owner;

    /** When the server takes it off the public site; null keeps it there. */
    @Column(name = "unpublish_at")
    private Instant unpublishAt;

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Instant getUnpublishAt() {
        return unpublishAt;
    }

    public void setUnpublishAt(Instant unpublishAt) {
        this.unpublishAt = unpublishAt;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public MediaFile getFeaturedImage() {
        return featuredImage;
    }

    public void setFeaturedImage(MediaFile featuredImage) {
        this.featuredImage = featuredImage;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }
}
