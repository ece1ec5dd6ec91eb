package vn.govportal.article;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.schedule.ScheduledWork;
import vn.govportal.text.VietnamTime;

/** One change of an article's status: who, when, from, to, and why. */
@Entity
@Table(name = "article_transition")
@NamedQuery(name = "ArticleTransition.forArticle", query = "SELECT t FROM ArticleTransition t"
        + " WHERE t.articleId = :articleId ORDER BY t.occurredAt DESC, t.id DESC")
public class ArticleTransition implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The actor recorded for what the server does on schedule. */
    public static final String SCHEDULER = ScheduledWork.ACTOR;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private PublicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private PublicationStatus toStatus;

    @Column(length = 1000)
    private String comment;

    protected ArticleTransition() {
    }

    ArticleTransition(long articleId, Instant occurredAt, String actor, PublicationStatus from, PublicationStatus to,
            String comment) {
        this.articleId = articleId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.fromStatus = from;
        this.toStatus = to;
        this.comment = comment;
    }

    public long getArticleId() {
        return articleId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getWhen() {
        return VietnamTime.shortDateTime(occurredAt);
    }

    public String getActor() {
        return actor;
    }

    public PublicationStatus getFromStatus() {
        return fromStatus;
    }

    public PublicationStatus getToStatus() {
        return toStatus;
    }

    public String getComment() {
        return comment;
    }
}
