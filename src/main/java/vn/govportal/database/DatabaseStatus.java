package vn.govportal.database;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the portal can use its database. Two things are told apart:
 * <ul>
 * <li>whether it was brought up to date at startup ({@link #isAvailable()}): if not, the portal
 * shows a maintenance page until it is restarted with a working database;</li>
 * <li>whether it can be reached now ({@link #isReachable()}): an outage (a restart, a dropped
 * network) is ridden out. Requests that meet it report it here; {@link DatabaseProbe} then checks
 * every second and reports when it is back, so the next request works without a restart.</li>
 * </ul>
 */
@ApplicationScoped
public class DatabaseStatus {

    private static final Logger LOG = Logger.getLogger(DatabaseStatus.class.getName());

    private volatile boolean available;
    private volatile String problem = "starting";
    /** When the current outage began; null while the database can be reached. */
    /** When the outage began, by {@link System#nanoTime()} (an interval, not a time of day); null while reachable. */
    private volatile Long unreachableSince;

    void markAvailable() {
        available = true;
        problem = null;
    }

    void markUnavailable(String reason) {
        available = false;
        problem = reason;
    }

    /** Whether the database was brought up to date at startup. */
    public boolean isAvailable() {
        return available;
    }

    public String getProblem() {
        return problem;
    }

    /** Whether the database can be reached, as far as the last request or probe could tell. */
    public boolean isReachable() {
        return unreachableSince == null;
    }

    /** A request or a job could not reach the database: from now on, until the probe finds it back. */
    public void reportUnreachable(Throwable cause) {
        boolean first;
        synchronized (this) {
            first = unreachableSince == null;
            if (first) {
                unreachableSince = System.nanoTime();
            }
        }
        if (first) {
            // One line per outage, not one per request: an outage under load must not flood the log.
            LOG.log(Level.WARNING, "govportal: the database cannot be reached ({0}). Pages not in the cache answer with"
                    + " the maintenance page and staff keep what they typed until it is back; checking every second.",
                    DatabaseStartup.rootMessage(cause));
        }
    }

    void reportReachable() {
        Long since;
        synchronized (this) {
            since = unreachableSince;
            unreachableSince = null;
        }
        if (since != null) {
            LOG.log(Level.INFO, "govportal: the database can be reached again, after {0} s.",
                    Duration.ofNanos(System.nanoTime() - since).toSeconds());
        }
    }
}
