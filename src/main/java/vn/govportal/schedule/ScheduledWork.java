package vn.govportal.schedule;

import java.time.Instant;

/**
 * Something that goes on or off the public site at a time staff chose: each round of the
 * {@link PublishingScheduler} asks every implementation to do what has come due. An enterprise
 * bean that also keeps its own no-interface view names this as a {@code @Local} interface, or it
 * is not one of its bean types.
 */
public interface ScheduledWork {

    /** Who the history and the audit log name for a change the server made on schedule. */
    String ACTOR = "hệ thống (hẹn giờ)";

    /**
     * Carries out what is due at {@code now}, each change once even if two instances run together,
     * in a transaction of its own; how many changed.
     */
    int runDue(Instant now);
}
