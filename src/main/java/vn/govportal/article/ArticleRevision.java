package vn.govportal.article;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.govportal.publishing.Lengths;
import vn.govportal.publishing.Translation;
import vn.govportal.text.VietnamTime;

/** An article's content as one save left it. Revisions are never changed; restoring one saves a new one. */
@Entity
@Table(name = "article_revision")
@NamedQuery(name = "ArticleRevision.forArticle", query = "SELECT r FROM ArticleRevision r"
        + " WHERE r.articleId = :articleId ORDER BY r.number DESC")
@NamedQuery(name = "ArticleRevision.find", query = "SELECT r FROM ArticleRevision r"
        + " WHERE r.articleId = :articleId AND r.number = :number")
@NamedQuery(name = "ArticleRevision.lastNumber", query = "SELECT COALESCE(MAX(r.number), 0) FROM ArticleRevision r"
        + " WHERE r.articleId = :articleId")
public class ArticleRevision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(name = "lead_text", length = Lengths.SUMMARY)
    private String lead;

    @Column(nullable = false, length = Lengths.BODY)
    private String body;

    @Column(length = 200)
    private String author;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "featured_image_id")
    private Long featuredImageId;

    @Column(nullable = false)
    private boolean featured;

    @Column(name = "saved_by", nullable = false, length = 60)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Embedded
    private Translation english;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int number, String savedBy, Instant savedAt) {
        this.articleId = article.getId();
        this.number = number;
        this.title = article.getTitle();
        this.slug = article.getSlug();
        this.lead = article.getLead();
        this.body = article.getBody();
        this.author = article.getAuthor();
        this.categoryId = article.getCategory().getId();
        this.featuredImageId = article.getFeaturedImage() == null ? null : article.getFeaturedImage().getId();
        this.featured = article.isFeatured();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        Translation english = article.getEnglish();
        this.english = new Translation(english.getTitle(), english.getSlug(), english.getLead(), english.getBody(), english.isPublished());
    }

    public long getArticleId() {
        return articleId;
    }

    public int getNumber() {
        return number;
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

    public String getBody() {
        return body;
    }

    public String getAuthor() {
        return author;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public Long getFeaturedImageId() {
        return featuredImageId;
    }

    public boolean isFeatured() {
        return featured;
    }

    /** The English version as it was; one that does not exist if there was none. */
    public Translation getEnglish() {
        return english == null ? new Translation() : english;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getWhen() {
        return VietnamTime.shortDateTime(savedAt);
    }
}
