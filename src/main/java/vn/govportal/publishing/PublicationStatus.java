package vn.govportal.publishing;

/**
 * Where an article or notice stands in the editorial workflow. Only {@link #PUBLISHED} items
 * whose publish time has come are public; a published item with a future time is scheduled.
 */
public enum PublicationStatus {
    DRAFT,
    AWAITING_REVIEW,
    PUBLISHED,
    UNPUBLISHED
}
