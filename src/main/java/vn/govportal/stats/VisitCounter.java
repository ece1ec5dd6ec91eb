package vn.govportal.stats;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.cluster.Grid;
import vn.govportal.database.DatabaseFailures;
import vn.govportal.database.DatabaseStatus;
import vn.govportal.text.VietnamTime;

/**
 * The portal's visit counter: page views are counted in memory (and on the data grid, see
 * {@link VisitTracker}) and written to the database every few seconds and at shutdown, so
 * counting a visit never waits on a write. In a cluster one instance a round stores what every
 * instance counted, whichever takes the round's lease; counts an instance left when it died are
 * stored by the others.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // pageView() runs on every request: no container lock.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitCounter {

    private static final Logger LOG = Logger.getLogger(VisitCounter.class.getName());

    private VisitTracker tracker;

    @Inject
    private Grid grid;

    @Resource
    private TimerService timerService;

    @Inject
    private VisitStore store;

    @Inject
    private DatabaseStatus database;

    @Inject
    @ConfigProperty(name = "govportal.visits.flush-seconds", defaultValue = "30")
    private int flushSeconds;

    private Duration lease;

    @PostConstruct
    void start() {
        // A name of its own each start: what this run counts is never confused with an earlier run's, stored already.
        tracker = new VisitTracker(grid.map("visitors-seen", VisitTracker.MAX_TRACKED), grid.map("visitors-online", VisitTracker.MAX_TRACKED),
                grid.map("visits-counted"), UUID.randomUUID().toString());
        if (database.isAvailable()) {
            refresh(ClusterTime.now());
        }
        long period = Math.max(1, flushSeconds) * 1000L;
        lease = Duration.ofMillis(period * 4 / 5);
        timerService.createIntervalTimer(period, period, new TimerConfig("visit-flush", false));
    }

    public void pageView(String visitor) {
        tracker.pageView(visitor, ClusterTime.now());
    }

    public VisitCounts counts() {
        return tracker.counts(ClusterTime.now());
    }

    /**
     * Visits on each of the last {@code days} days, oldest first, today included with the visits
     * not yet stored.
     */
    public java.util.List<java.util.Map.Entry<LocalDate, Long>> lastDays(int days) {
        LocalDate today = VietnamTime.today(ClusterTime.now());
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Long> stored = store.visitsSince(first);
        java.util.List<java.util.Map.Entry<LocalDate, Long>> result = new java.util.ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            long visits = day.equals(today) ? counts().getToday() : stored.getOrDefault(day, 0L);
            result.add(java.util.Map.entry(day, visits));
        }
        return result;
    }

    @Timeout
    void tick() {
        Instant now = ClusterTime.now();
        tracker.sweep(now);
        tracker.publish(now);
        if (database.isAvailable() && database.isReachable() && grid.lease("visit-flush", lease)) {
            store(tracker.shares());
            forgetOldLedger(now);
        }
        refresh(now);
    }

    @PreDestroy
    void stop() {
        // What this instance counted is on the grid too; storing it now spares the others the wait.
        store(tracker.ownShares());
    }

    /** During an outage the counts wait, still counted (and shown), and are stored once the database is back. */
    private void store(java.util.List<VisitShare> shares) {
        if (shares.isEmpty() || !database.isAvailable() || !database.isReachable()) {
            return;
        }
        try {
            store.keep(shares);
        } catch (RuntimeException first) {
            if (DatabaseFailures.isUnreachable(first)) {
                reportFailure("store visit counts", first);
                return;
            }
            // Another instance storing the same new count at that moment (one stopping, say): once more, after it.
            try {
                store.keep(shares);
            } catch (RuntimeException e) {
                reportFailure("store visit counts", e);
            }
        }
    }

    /**
     * The ledger's rows of days no instance's count is on the grid for any more (a count lapses
     * {@link VisitTracker#SHARE_KEPT} after its day's last write, the day after) are of no use.
     */
    private void forgetOldLedger(Instant now) {
        try {
            store.forgetBefore(VietnamTime.today(now).minusDays(VisitTracker.SHARE_KEPT.toDays() + 4));
        } catch (RuntimeException e) {
            reportFailure("prune the visit ledger", e);
        }
    }

    /** Reads back what storage holds, which includes what the other instances counted. */
    private void refresh(Instant now) {
        if (!database.isAvailable() || !database.isReachable()) {
            return;
        }
        try {
            VisitStore.Snapshot stored = store.snapshot(VietnamTime.today(now), tracker.instance());
            tracker.refresh(stored.day(), stored.today(), stored.total(), stored.mine());
        } catch (RuntimeException e) {
            reportFailure("read visit counts", e);
        }
    }

    private void reportFailure(String what, RuntimeException e) {
        if (DatabaseFailures.isUnreachable(e)) {
            database.reportUnreachable(e);
        } else {
            LOG.log(Level.WARNING, "Could not {0}, will retry: {1}", new Object[] {what, e.getMessage()});
        }
    }
}
