package vn.govportal.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** One document as the register's list shows it, in the language of the site that lists it. */
public final class DocumentRow {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final long id;
    private final String number;
    private final DocumentType type;
    private final String summary;
    private final boolean summaryTranslated;
    private final String authority;
    private final LocalDate issuedOn;
    private final LocalDate effectiveOn;
    private final LocalDate expiresOn;
    private final String slug;
    private final Validity validity;

    DocumentRow(long id, String number, DocumentType type, String summary, boolean summaryTranslated, String authority,
            LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, String slug, Validity validity) {
        this.id = id;
        this.number = number;
        this.type = type;
        this.summary = summary;
        this.summaryTranslated = summaryTranslated;
        this.authority = authority;
        this.issuedOn = issuedOn;
        this.effectiveOn = effectiveOn;
        this.expiresOn = expiresOn;
        this.slug = slug;
        this.validity = validity;
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

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

    /** Whether the summary is in the site's language; on the English site an untranslated one is Vietnamese. */
    public boolean isSummaryTranslated() {
        return summaryTranslated;
    }

    public String getAuthority() {
        return authority;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssued() {
        return day(issuedOn);
    }

    public String getIsoIssued() {
        return issuedOn.toString();
    }

    public String getEffective() {
        return day(effectiveOn);
    }

    public String getIsoEffective() {
        return effectiveOn.toString();
    }

    public String getExpires() {
        return day(expiresOn);
    }

    public String getIsoExpires() {
        return expiresOn == null ? null : expiresOn.toString();
    }

    public String getSlug() {
        return slug;
    }

    public Validity getValidity() {
        return validity;
    }
}
