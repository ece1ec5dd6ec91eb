package vn.govportal.document;

import java.time.LocalDate;
import java.util.Locale;
import vn.govportal.text.Translatable;

/**
 * Whether a document is in force on a given day, as the national database states it. It is never
 * stored: it follows from the document's dates and from the later documents that act on it, on the
 * day it is asked, so a page never shows yesterday's status.
 */
public enum Validity implements Translatable {
    NOT_YET_EFFECTIVE,
    IN_FORCE,
    PARTLY_EXPIRED,
    EXPIRED;

    /**
     * The validity on {@code today} of a document in force from {@code effectiveOn} until the day
     * before {@code expiresOn} (null: no end date), given whether a published document that
     * replaces it, or one that amends it, is itself in force by then.
     */
    public static Validity of(LocalDate effectiveOn, LocalDate expiresOn, boolean replacedInForce, boolean amendedInForce,
            LocalDate today) {
        if (replacedInForce || (expiresOn != null && !today.isBefore(expiresOn))) {
            return EXPIRED;
        }
        if (today.isBefore(effectiveOn)) {
            return NOT_YET_EFFECTIVE;
        }
        return amendedInForce ? PARTLY_EXPIRED : IN_FORCE;
    }

    /** The filter's value: "con-hieu-luc". */
    public String key() {
        return switch (this) {
            case NOT_YET_EFFECTIVE -> "chua-co-hieu-luc";
            case IN_FORCE -> "con-hieu-luc";
            case PARTLY_EXPIRED -> "het-hieu-luc-mot-phan";
            case EXPIRED -> "het-hieu-luc";
        };
    }

    /** The validity a filter value names, or null. */
    public static Validity fromKey(String key) {
        for (Validity validity : values()) {
            if (validity.key().equals(key)) {
                return validity;
            }
        }
        return null;
    }

    /** A class name for the page's badge: "in-force". */
    public String cssName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String getMessageKey() {
        return "document.validity." + name();
    }
}
