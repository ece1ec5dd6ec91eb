package vn.govportal.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.cluster.Grid;
import vn.govportal.database.DatabaseFailures;
import vn.govportal.database.DatabaseSettings;
import vn.govportal.database.DatabaseStatus;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This instance's search: its index, kept in step with the database through the change log.
 * Every change to an article or notice writes a log entry in its own transaction; after the
 * commit, and once a second in any case, this instance applies the entries past the last one its
 * index recorded, so a change made on another instance, or one committed while the index could
 * not be written, is applied too. At start the index is rebuilt from the database if it is
 * missing, of another schema, or further behind than the log reaches.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // searches run side by side; writes serialise themselves
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SiteSearch {

    private static final Logger LOG = Logger.getLogger(SiteSearch.class.getName());

    /** Log entries older than this are removed; an index further behind is rebuilt. */
    static final Duration KEPT = Duration.ofDays(7);
    /** A gap in the log's numbers (a transaction still open, or rolled back) is waited for this long. */
    private static final Duration GAP_WAIT = Duration.ofSeconds(60);
    private static final int BATCH = 500;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Grid grid;

    @Inject
    private SearchSource source;

    @Inject
    private DatabaseStatus database;

    @Inject
    private Event<SearchIndexChanged> indexChanged;

    @Inject
    @ConfigProperty(name = "govportal.data.dir")
    private String dataDirectory;

    /** Which database the index is made from: an index of another one (the data directory reused) is rebuilt. */
    private final String databaseName = DatabaseSettings.from(ConfigProvider.getConfig(SiteSearch.class.getClassLoader())).safeUrl();
    private final ReentrantLock applying = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile SearchIndex index;
    private volatile boolean ready;
    /** Every log entry up to this one is applied; those applied past it are in {@link #appliedPast}. */
    private long watermark;
    private final TreeSet<Long> appliedPast = new TreeSet<>();
    private final Map<Long, Instant> gapSeen = new HashMap<>();
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    @PostConstruct
    void start() {
        Path folder = folder();
        try {
            Files.createDirectories(folder);
            index = SearchIndex.open(folder);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "govportal: the search index in " + folder + " cannot be opened; search is unavailable", e);
            return;
        }
        tasks.add(scheduler.schedule(this::catchUpOrRebuild, 0, TimeUnit.SECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(this::applyPending, 500, 500, TimeUnit.MILLISECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(this::forgetOldChanges, 1, 60, TimeUnit.MINUTES));
    }

    @PreDestroy
    void stop() {
        tasks.forEach(task -> task.cancel(false));
        applying.lock();
        try {
            if (index != null) {
                index.close();
                index = null;
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "govportal: the search index did not close cleanly; it is checked at the next start", e);
        } finally {
            applying.unlock();
        }
    }

    /** Where the index lives: {@code search/index} in the data directory. */
    public Path folder() {
        return Path.of(dataDirectory, "search", "index");
    }

    /** One page of what a visitor finds. */
    public SearchResults search(SearchRequest request) throws SearchUnavailable {
        SearchIndex current = index;
        if (current == null || !ready) {
            throw new SearchUnavailable();
        }
        try {
            return current.search(request, ClusterTime.now());
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            LOG.log(Level.WARNING, "govportal: a search failed: {0}", e.toString());
            throw new SearchUnavailable();
        }
    }

    /**
     * The articles or notices whose Vietnamese text matches what staff typed in a list's filter,
     * best first, at most {@code limit}; none while the index cannot answer (the list's own
     * filter still applies).
     */
    public List<Long> staffMatches(ItemType type, String text, int limit) {
        SearchIndex current = index;
        if (current == null || !ready || text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return current.matchingIds(type, text, limit);
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            LOG.log(Level.WARNING, "govportal: a staff search failed: {0}", e.toString());
            return List.of();
        }
    }

    /** Applies the log soon, without waiting for the next second: called after a change commits on this instance. */
    public void applySoon() {
        if (index != null) {
            scheduler.execute(this::applyPending);
        }
    }

    private void catchUpOrRebuild() {
        applying.lock();
        try {
            SearchIndex current = index;
            if (current == null || !database.isAvailable()) {
                return;
            }
            long last = source.lastChange();
            boolean behind = current.applied().isEmpty() || !current.isCurrent() || !current.database().equals(databaseName)
                    || current.appliedAt().isBefore(ClusterTime.now().minus(KEPT).plus(Duration.ofHours(1)))
                    || current.applied().getAsLong() > last; // an index of another database (a restore, a new one)
            if (behind) {
                rebuildNow();
            } else {
                watermark = current.applied().getAsLong();
                ready = true;
            }
        } catch (RuntimeException e) {
            report("cannot be brought up to date at start; retrying", e);
            scheduler.schedule(this::catchUpOrRebuild, 10, TimeUnit.SECONDS);
        } finally {
            applying.unlock();
        }
        applyPending();
    }

    private void rebuildNow() {
        SearchIndex current = index;
        if (current == null) {
            return;
        }
        Instant started = ClusterTime.now();
        long startedNanos = System.nanoTime();
        try {
            long mark = source.lastChange();
            current.clear();
            int count = 0;
            for (ItemType type : ItemType.values()) {
                long after = 0;
                List<Searchable> batch;
                while (!(batch = source.batch(type, after, BATCH)).isEmpty()) {
                    for (Searchable item : batch) {
                        current.add(item);
                        after = Math.max(after, item.id());
                    }
                    count += batch.size();
                }
            }
            // Changes that committed while this ran, or whose number came before the mark but committed after it.
            current.replace(source.current(source.changesSince(started.minus(GAP_WAIT))));
            current.commit(mark, ClusterTime.now(), databaseName);
            watermark = mark;
            appliedPast.clear();
            gapSeen.clear();
            ready = true;
            indexChanged.fire(new SearchIndexChanged());
            LOG.log(Level.INFO, "govportal: search index rebuilt: {0} documents in {1} ms",
                    new Object[] {count, Duration.ofNanos(System.nanoTime() - startedNanos).toMillis()});
        } catch (IOException | RuntimeException e) {
            // Half a rebuild must never be committed: drop it and reopen the index as it was.
            try {
                current.rollback();
                index = SearchIndex.open(folder());
            } catch (IOException reopening) {
                index = null;
                LOG.log(Level.SEVERE, "govportal: the search index in " + folder() + " cannot be reopened; search is unavailable", reopening);
            }
            throw e instanceof RuntimeException runtime ? runtime : new java.io.UncheckedIOException((IOException) e);
        }
    }

    /**
     * Applies the log entries past the watermark that this instance has not applied yet. One
     * run at a time; a call while one runs makes it run once more.
     */
    void applyPending() {
        if (!applying.tryLock()) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                applyOnce();
            } while (again.get());
        } catch (RuntimeException e) {
            report("could not apply the latest changes; retrying", e);
        } finally {
            applying.unlock();
        }
    }

    private void applyOnce() {
        SearchIndex current = index;
        if (current == null || !ready || !database.isAvailable() || !database.isReachable()) {
            return;
        }
        List<SearchChange> changes = source.changesAfter(watermark, 5_000);
        List<SearchChange> fresh = changes.stream().filter(change -> !appliedPast.contains(change.getId())).toList();
        if (fresh.isEmpty() && gapSeen.isEmpty()) {
            return;
        }
        try {
            if (!fresh.isEmpty()) {
                current.replace(source.current(fresh));
            }
            fresh.forEach(change -> appliedPast.add(change.getId()));
            long before = watermark;
            advanceWatermark(ClusterTime.now());
            if (!fresh.isEmpty() || watermark != before) {
                current.commit(watermark, ClusterTime.now(), databaseName);
            }
            if (!fresh.isEmpty()) {
                indexChanged.fire(new SearchIndexChanged());
            }
        } catch (IOException e) {
            // Nothing is marked applied: the same entries are tried again at the next run.
            fresh.forEach(change -> appliedPast.remove(change.getId()));
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Moves the watermark over entries applied in order, and over gaps that stayed empty too long. */
    private void advanceWatermark(Instant now) {
        while (!appliedPast.isEmpty()) {
            long next = watermark + 1;
            if (appliedPast.remove(next)) {
                watermark = next;
                gapSeen.remove(next);
                continue;
            }
            Instant seen = gapSeen.computeIfAbsent(next, id -> now);
            if (seen.plus(GAP_WAIT).isAfter(now)) {
                break;
            }
            gapSeen.remove(next);
            watermark = next; // a rolled-back transaction's number: nothing will ever fill it
        }
    }

    private void forgetOldChanges() {
        // One instance of a cluster prunes the shared change log each hour.
        if (!database.isAvailable() || !database.isReachable() || !grid.lease("search-change-log-pruning", Duration.ofMinutes(50))) {
            return;
        }
        try {
            source.forgetChangesBefore(ClusterTime.now().minus(KEPT));
        } catch (RuntimeException e) {
            report("could not remove old change-log entries", e);
        }
    }

    private void report(String what, RuntimeException e) {
        if (DatabaseFailures.isUnreachable(e)) {
            database.reportUnreachable(e);
        } else {
            LOG.log(Level.WARNING, "govportal: search index " + what, e);
        }
    }
}
