package vn.govportal.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.govportal.cluster.ClusterTime;

/**
 * What articles and notices share: a title and slug, a sanitised HTML body, a place in the
 * editorial workflow and a publish time, and the timestamps and version staff edits rely on.
 */
@MappedSuperclass
public abstract class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(nullable = false, length = Lengths.SLUG, unique = true)
    private String slug;

    /** Sanitised HTML. */
    @Column(nullable = false, length = Lengths.BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationStatus status = PublicationStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The English version, if staff wrote one. */
    @Embedded
    private Translation english = new Translation();

    @Version
    private long version;

    @PrePersist
    void onCreate() {
        createdAt = ClusterTime.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = ClusterTime.now();
    }

    public Long getId() {
        return id;
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

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public void setStatus(PublicationStatus status) {
        this.status = status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The English version; one that does not {@link Translation#exists() exist} if there is none. */
    public Translation getEnglish() {
        return english == null ? new Translation() : english;
    }

    /** {@code english}, or none (null): an empty one, as its columns cannot all be null. */
    public void setEnglish(Translation english) {
        this.english = english == null ? new Translation() : english;
    }

    public long getVersion() {
        return version;
    }

    /** The version a form started from, so a save over someone else's is refused. */
    public void setVersion(long version) {
        this.version = version;
    }
}
