package vn.govportal.document;

import java.time.LocalDate;
import vn.govportal.publishing.EditRefused;

/** The rules a document's dates obey: it takes effect on or after the day it is issued, and expires after both. */
public final class DocumentDates {

    /** No state agency's register goes further back than this; a year typed as 0225 is a typo. */
    static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);

    private DocumentDates() {
    }

    /** Refuses, naming the field to correct, dates no document can have. */
    public static void check(LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn) {
        if (issuedOn == null) {
            throw new EditRefused("issuedOn", "article.refused.required");
        }
        if (issuedOn.isBefore(EARLIEST) || issuedOn.getYear() > 9999) {
            throw new EditRefused("issuedOn", "document.refused.date");
        }
        if (effectiveOn == null) {
            throw new EditRefused("effectiveOn", "article.refused.required");
        }
        if (effectiveOn.isBefore(issuedOn)) {
            throw new EditRefused("effectiveOn", "document.refused.effectiveBeforeIssue");
        }
        if (effectiveOn.getYear() > 9999) {
            throw new EditRefused("effectiveOn", "document.refused.date");
        }
        if (expiresOn != null && !expiresOn.isAfter(effectiveOn)) {
            throw new EditRefused("expiresOn", "document.refused.expiryNotAfter");
        }
    }
}
