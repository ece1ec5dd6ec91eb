package vn.govportal.page;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import vn.govportal.publishing.Lengths;
import vn.govportal.publishing.Translation;

/** A page's content as one save left it. Never changed; going back to one saves it again as a new one. */
@Entity
@Table(name = "site_page_revision")
public class PageRevision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "page_id", nullable = false)
    private long pageId;

    @Column(name = "revision_number", nullable = false)
    private int number;

    @Column(nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(length = Lengths.SUMMARY)
    private String summary;

    @Column(nullable = false, length = Lengths.BODY)
    private String body;

    @Embedded
    private Translation english;

    @Column(name = "saved_by", nullable = false, length = 60)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected PageRevision() {
    }

    PageRevision(SitePage page, int number, String savedBy, Instant savedAt) {
        this.pageId = page.getId();
        this.number = number;
        this.title = page.getTitle();
        this.slug = page.getSlug();
        this.summary = page.getSummary();
        this.body = page.getBody();
        Translation en = page.getEnglish();
        this.english = new Translation(en.getTitle(), en.getSlug(), en.getLead(), en.getBody(), en.isPublished());
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public long getPageId() {
        return pageId;
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

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public Translation getEnglish() {
        return english == null ? new Translation() : english;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
