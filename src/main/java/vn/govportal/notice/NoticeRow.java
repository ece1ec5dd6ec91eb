package vn.govportal.notice;

import java.io.Serializable;
import java.time.Instant;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.text.VietnamTime;

/** A notice as the console's list shows it. Read-only. */
public final class NoticeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final PublicationStatus status;
    private final String attachmentName;
    private final Instant updatedAt;

    public NoticeRow(Long id, String title, PublicationStatus status, String attachmentName, Instant updatedAt) {
        this.id = id;
        this.title = title;
        this.status = status;
        this.attachmentName = attachmentName;
        this.updatedAt = updatedAt;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    /** The attached file's name, or null. */
    public String getAttachmentName() {
        return attachmentName;
    }

    public String getUpdated() {
        return updatedAt == null ? "" : VietnamTime.shortDateTime(updatedAt);
    }
}
