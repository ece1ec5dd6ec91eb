package vn.govportal.document;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.text.VietnamTime;

/** One document in the console's list. */
public record DocumentListing(long id, String number, DocumentType type, String summary, String authority, LocalDate issuedOn,
        PublicationStatus status, Instant updatedAt) implements Serializable {

    public long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public DocumentType getType() {
        return type;
    }

    public String getSummary() {
        return summary;
    }

    public String getAuthority() {
        return authority;
    }

    public String getIssued() {
        return DocumentRow.day(issuedOn);
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public String getUpdated() {
        return VietnamTime.shortDateTime(updatedAt);
    }

    /** "Kế hoạch 1376/KH-UBND – Kế hoạch thông tin…", for pickers; the type's name is the caller's to add. */
    public String getLabel() {
        return number + " – " + (summary.length() > 90 ? summary.substring(0, 90) + "…" : summary);
    }
}
