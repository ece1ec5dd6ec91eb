package vn.govportal.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.publishing.PublicationStatus;

/**
 * A visitor's question and, once staff write it, its answer. The asker's email, phone and
 * address are for staff only (editors and administrators) and are erased when the retention
 * ends; the question, its answer and the asker's name stay. Public while published.
 */
@Entity
@Table(name = "question")
public class Question implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The condition (on {@code q}) for a question visitors may see. */
    public static final String PUBLIC = " q.status = :published";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** What the asker is told on screen: "HD-2026-000123". */
    @Column(nullable = false, length = 20, unique = true)
    private String reference;

    @Column(name = "asker_name", nullable = false, length = 200)
    private String askerName;

    @Column(name = "asker_email", length = 254)
    private String askerEmail;

    @Column(name = "asker_phone", length = 30)
    private String askerPhone;

    @Column(name = "asker_address", length = 300)
    private String askerAddress;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "topic_id")
    private QuestionTopic topic;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "question_text", nullable = false, length = 5000)
    private String text;

    /** Sanitised HTML; null until staff answer. */
    @Column(length = 1_000_000)
    private String answer;

    /** Its public address, given when it is first published. */
    @Column(length = 200, unique = true)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationStatus status = PublicationStatus.DRAFT;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "personal_erased_at")
    private Instant personalErasedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = ClusterTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    void setReference(String reference) {
        this.reference = reference;
    }

    public String getAskerName() {
        return askerName;
    }

    void setAskerName(String askerName) {
        this.askerName = askerName;
    }

    public String getAskerEmail() {
        return askerEmail;
    }

    void setAskerEmail(String askerEmail) {
        this.askerEmail = askerEmail;
    }

    public String getAskerPhone() {
        return askerPhone;
    }

    void setAskerPhone(String askerPhone) {
        this.askerPhone = askerPhone;
    }

    public String getAskerAddress() {
        return askerAddress;
    }

    void setAskerAddress(String askerAddress) {
        this.askerAddress = askerAddress;
    }

    public QuestionTopic getTopic() {
        return topic;
    }

    public void setTopic(QuestionTopic topic) {
        this.topic = topic;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getSlug() {
        return slug;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public void setStatus(PublicationStatus status) {
        this.status = status;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    void setAskedAt(Instant askedAt) {
        this.askedAt = askedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    void setAnsweredAt(Instant answeredAt) {
        this.answeredAt = answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    void setAnsweredBy(String answeredBy) {
        this.answeredBy = answeredBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public Instant getPersonalErasedAt() {
        return personalErasedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
