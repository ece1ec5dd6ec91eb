package vn.govportal.publishing;

import vn.govportal.text.Translatable;

/**
 * Where an article or notice stands in the editorial workflow. Only {@link #PUBLISHED} items
 * whose publish time has come are public. A {@link #SCHEDULED} item is published by the server
 * when its publish time comes.
 */
public enum PublicationStatus implements Translatable {
    DRAFT,
    AWAITING_REVIEW,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED;

    /**
     * Whether an item may go from this status to {@code next}: to review from a draft; published
     * or scheduled from anything not yet public (a scheduled one rescheduled); taken down once
     * public or scheduled; back to a draft from anything else.
     */
    public boolean canBecome(PublicationStatus next) {
        return switch (next) {
            case AWAITING_REVIEW -> this == DRAFT;
            case PUBLISHED, SCHEDULED -> this != PUBLISHED;
            case UNPUBLISHED -> this == PUBLISHED || this == SCHEDULED;
            case DRAFT -> this != DRAFT;
        };
    }

    @Override
    public String getMessageKey() {
        return "status." + name();
    }
}
