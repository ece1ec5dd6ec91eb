package vn.govportal.cluster;

import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The time every instance of the portal agrees on: the data grid's cluster time (the oldest
 * member's clock, which the others measure themselves against when they join and at its
 * heartbeats), or this machine's clock when there is no grid.
 * <p>
 * Whatever one instance writes with a time and another compares with its own (an article
 * published "now" on one and shown by another, a form issued by one and sent to another, the day
 * a visit is counted on) is read here, so clocks a few seconds apart between machines neither hide
 * a change for those seconds nor refuse a visitor's form. Entities stamp their records from here
 * too; that is why it is reached statically.
 */
public final class ClusterTime {

    /** How often the offset between this machine's clock and the cluster's is read again (the grid corrects it at heartbeats). */
    static final long RECHECK_NANOS = 1_000_000_000L;

    private static volatile LongSupplier cluster;
    private static volatile long offsetMillis;
    private static volatile long checkedAt;

    private ClusterTime() {
    }

    /** Now, by the cluster's clock (with this machine's clock's precision). */
    public static Instant now() {
        long offset = offset();
        Instant local = Instant.now();
        return offset == 0 ? local : local.plusMillis(offset);
    }

    /** How far the cluster's clock is ahead of this machine's, in milliseconds (negative: behind). */
    public static long offset() {
        LongSupplier source = cluster;
        if (source == null) {
            return 0;
        }
        long now = System.nanoTime();
        if (now - checkedAt >= RECHECK_NANOS) {
            checkedAt = now;
            try {
                long measured = source.getAsLong() - System.currentTimeMillis();
                // Two reads that straddle a millisecond differ by one: the offset moves only when it really has.
                if (Math.abs(measured - offsetMillis) > 1) {
                    offsetMillis = measured;
                }
            } catch (RuntimeException gridGone) {
                // The grid shutting down under a last call (a flush at undeploy): the offset last read stands.
            }
        }
        return offsetMillis;
    }

    /** From now on, time is {@code clusterMillis}'s (the grid's cluster time). */
    static void follow(LongSupplier clusterMillis) {
        offsetMillis = clusterMillis.getAsLong() - System.currentTimeMillis();
        checkedAt = System.nanoTime();
        cluster = clusterMillis;
    }

    /** Back to this machine's clock (the grid has gone). */
    static void followSystem() {
        cluster = null;
        offsetMillis = 0;
    }
}
