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

    @Override
    public String getMessageKey() {
        return "status." + name();
    }
}
