package vn.govportal.notice;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.govportal.media.MediaFile;
import vn.govportal.publishing.Lengths;
import vn.govportal.publishing.Publication;

/** An announcement ("thông báo"), often with an attached file, public within its publish window. */
@Entity
@Table(name = "notice")
public class Notice extends Publication implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The condition (on {@code n}) for a notice visitors may see at {@code :now}. */
    public static final String PUBLIC = " n.status = :published AND n.publishedAt <= :now"
            + " AND (n.expiresAt IS NULL OR n.expiresAt > :now)";

    @Column(length = Lengths.SUMMARY)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attachment_id")
    private MediaFile attachment;

    /** When it leaves the public site; null keeps it there. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public MediaFile getAttachment() {
        return attachment;
    }

    public void setAttachment(MediaFile attachment) {
        this.attachment = attachment;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }
}
