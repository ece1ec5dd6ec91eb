package vn.govportal.media;

import java.io.Serializable;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.govportal.cluster.ClusterTime;

/**
 * An image or document the site serves: featured images, notice attachments, the trust badge.
 * The bytes live in the database so that a backup of the database is a backup of the site.
 */
@Entity
@Table(name = "media_file")
@NamedQuery(name = "MediaFile.findInfo", query = "SELECT NEW vn.govportal.media.MediaInfo(m.id, m.fileName, m.contentType,"
        + " m.byteSize, m.width, m.height) FROM MediaFile m WHERE m.id = :id")
public class MediaFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    private Integer width;

    private Integer height;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "uploaded_by", length = 60)
    private String uploadedBy;

    /** For a rendition: the image it was scaled from. */
    @Column(name = "original_id")
    private Long originalId;

    /** For a rendition: which one, e.g. "w480". */
    @Column(length = 20)
    private String variant;

    protected MediaFile() {
    }

    MediaFile(String fileName, String contentType, byte[] content, Integer width, Integer height, String uploadedBy,
            Long originalId, String variant) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.byteSize = content.length;
        this.width = width;
        this.height = height;
        this.uploadedBy = uploadedBy;
        this.originalId = originalId;
        this.variant = variant;
        this.createdAt = ClusterTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getByteSize() {
        return byteSize;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Long getOriginalId() {
        return originalId;
    }

    public String getVariant() {
        return variant;
    }
}
