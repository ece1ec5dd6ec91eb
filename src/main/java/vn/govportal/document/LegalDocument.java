package vn.govportal.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.media.MediaFile;
import vn.govportal.publishing.PublicationStatus;

/**
 * A legal or directive document in the register, described as the national database describes
 * it: số ký hiệu, type, trích yếu, issuing authority, signer, fields and its three dates, with
 * its files. Public while published; its validity follows from its dates and relations.
 */
@Entity
@Table(name = "legal_document")
public class LegalDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The condition (on {@code d}) for a document visitors may see. */
    public static final String PUBLIC = " d.status = :published";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Số ký hiệu: "1376/KH-UBND". */
    @Column(name = "doc_number", nullable = false, length = 60)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 20)
    private DocumentType type;

    /** Trích yếu: what the document is about, in one sentence. */
    @Column(nullable = false, length = 2000)
    private String summary;

    /** The trích yếu in English, for the English site; the Vietnamese one is shown where there is none. */
    @Column(name = "summary_en", length = 2000)
    private String summaryEn;

    @Column(nullable = false, length = 300)
    private String authority;

    @Column(length = 200)
    private String signer;

    @Column(name = "signer_position", length = 200)
    private String signerPosition;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(nullable = false, length = 200, unique = true)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationStatus status = PublicationStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Who wrote it; null for documents from before authors kept the register. */
    @Column(length = 60)
    private String owner;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToMany
    @JoinTable(name = "legal_document_fields", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "field_id"))
    private Set<DocumentField> fields = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "legal_document_file", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "media_id"))
    @OrderColumn(name = "file_order")
    private List<MediaFile> files = new ArrayList<>();

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

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public void setSignerPosition(String signerPosition) {
        this.signerPosition = signerPosition;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
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

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<DocumentField> getFields() {
        return fields;
    }

    public void setFields(Set<DocumentField> fields) {
        this.fields = fields;
    }

    public List<MediaFile> getFiles() {
        return files;
    }

    public void setFiles(List<MediaFile> files) {
        this.files = files;
    }

    public long getVersion() {
        return version;
    }

    /** The version a form started from, so a save over someone else's is refused. */
    public void setVersion(long version) {
        this.version = version;
    }
}
