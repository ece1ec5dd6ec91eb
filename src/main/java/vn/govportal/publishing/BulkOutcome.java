package vn.govportal.publishing;

/**
 * What an action on several items at once came to: how many were done, how many the member may
 * not act on (left as they were), and how many could not be done as they stand (already in that
 * state, public, changed or deleted meanwhile).
 */
public record BulkOutcome(int done, int refused, int skipped) {

    public static final BulkOutcome NONE = new BulkOutcome(0, 0, 0);

    public BulkOutcome plusDone() {
        return new BulkOutcome(done + 1, refused, skipped);
    }

    public BulkOutcome plusRefused() {
        return new BulkOutcome(done, refused + 1, skipped);
    }

    public BulkOutcome plusSkipped() {
        return new BulkOutcome(done, refused, skipped + 1);
    }

    /** Whether every item was done. */
    public boolean complete() {
        return refused == 0 && skipped == 0;
    }
}
