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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.cluster.Grid;
import vn.govportal.database.DatabaseFailures;
import vn.govportal.database.DatabaseStatus;
import vn.govportal.text.VietnamTime;

/**
 * The portal's visit counter: page views are counted in memory and written to the database
 * in one batch every few seconds (and at shutdown), so rendering a page never waits on a write.
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

    @PostConstruct
    void start() {
        tracker = new VisitTracker(grid.map("visitors-seen", VisitTracker.MAX_TRACKED), grid.map("visitors-online", VisitTracker.MAX_TRACKED));
        if (database.isAvailable()) {
            LocalDate today = VietnamTime.today(ClusterTime.now());
            tracker.restore(today, store.visitsOn(today), store.total());
        }
        long period = Math.max(1, flushSeconds) * 1000L;
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
        flush(now);
    }

    @PreDestroy
    void stop() {
        flush(ClusterTime.now());
    }

    private void flush(Instant now) {
        // During an outage the visits wait here, still counted, and are stored once the database is back.
        if (!database.isAvailable() || !database.isReachable()) {
            return;
        }
        Map<LocalDate, Long> visits = tracker.drainPending();
        LocalDate today = VietnamTime.today(now);
        if (!visits.isEmpty()) {
            try {
                store.add(visits);
                tracker.stored(visits, today);
            } catch (RuntimeException e) {
                tracker.requeue(visits);
                reportFailure("store visit counts", e);
                return;
            }
        }
        try {
            // Every instance stores its own visits; reading the sums back shows the others' too.
            tracker.refresh(today, store.visitsOn(today), store.total());
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
