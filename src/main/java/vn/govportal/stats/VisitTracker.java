package vn.govportal.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import vn.govportal.cluster.LocalMap;
import vn.govportal.cluster.SharedMap;
import vn.govportal.text.VietnamTime;

/**
 * Counts visits in memory, without cookies or sessions. A visit is a visitor (address and
 * browser) loading a page after {@link #VISIT_GAP} without one; "online" means seen within
 * {@link #ONLINE_WINDOW}. Counts wait here until {@link #drainPending()} hands them to storage,
 * so a page view costs no database write. Memory is bounded by {@link #MAX_TRACKED} visitors.
 * <p>
 * Who was seen when is kept in two {@link SharedMap}s: in a cluster they are the data grid's, so a
 * visitor whose views land on several instances is one visit and one person online. Each instance
 * counts the visits it saw and stores them itself, adding to what the database holds.
 */
public class VisitTracker {

    static final Duration VISIT_GAP = Duration.ofMinutes(30);
    static final Duration ONLINE_WINDOW = Duration.ofMinutes(5);
    static final int MAX_TRACKED = 100_000;

    /** Each visitor's last view, forgotten when the visit ends. */
    private final SharedMap<Long> seen;
    /** The visitors seen within the online window. */
    private final SharedMap<Long> online;
    /** The time of the latest call, by which this instance's own maps forget. */
    private volatile long clock;
    private final Map<LocalDate, LongAdder> pending = new ConcurrentHashMap<>();
    /** Visits taken for storing but not yet stored: still counted, so the figures never dip during a write. */
    private final Map<LocalDate, Long> inFlight = new java.util.HashMap<>();
    /** Readers see pending, in-flight and stored visits consistently while a batch moves between them. */
    private final java.util.concurrent.locks.ReadWriteLock moving = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private final LongAdder arrivedSinceSweep = new LongAdder();
    private volatile long onlineNow;
    private volatile LocalDate storedDay;
    private volatile long storedToday;
    private volatile long storedTotal;

    /** A tracker on its own, keeping who was seen in memory. */
    public VisitTracker() {
        this.seen = new LocalMap<>(() -> clock, MAX_TRACKED);
        this.online = new LocalMap<>(() -> clock, MAX_TRACKED);
    }

    /** A tracker keeping who was seen in the given maps (the data grid's, in a cluster). */
    public VisitTracker(SharedMap<Long> seen, SharedMap<Long> online) {
        this.seen = seen;
        this.online = online;
    }

    /** Starts from what storage holds: today's visits and the total. */
    public void restore(LocalDate day, long today, long total) {
        storedDay = day;
        storedToday = today;
        storedTotal = total;
    }

    /**
     * Takes what storage holds now, which includes what other instances stored, unless a batch of
     * this instance's is between here and storage (then its figures stay as they are until the next time).
     */
    public void refresh(LocalDate day, long today, long total) {
        moving.writeLock().lock();
        try {
            if (inFlight.isEmpty()) {
                storedDay = day;
                storedToday = today;
                storedTotal = total;
            }
        } finally {
            moving.writeLock().unlock();
        }
    }

    /** Records one page view by {@code visitor}; counts a visit if it starts one. */
    public void pageView(String visitor, Instant now) {
        long millis = now.toEpochMilli();
        clock = millis;
        Long previous = seen.put(visitor, millis, VISIT_GAP);
        if (online.put(visitor, millis, ONLINE_WINDOW) == null) {
            arrivedSinceSweep.increment();
        }
        if (previous == null || millis - previous >= VISIT_GAP.toMillis()) {
            pending.computeIfAbsent(VietnamTime.today(now), d -> new LongAdder()).increment();
        }
    }

    /** Forgets visitors whose visit has ended and recounts who is online. Called periodically. */
    public void sweep(Instant now) {
        clock = now.toEpochMilli();
        arrivedSinceSweep.reset();
        onlineNow = online.size();
    }

    /** Takes the visits not yet stored, by day; they are no longer pending afterwards. */
    public Map<LocalDate, Long> drainPending() {
        Map<LocalDate, Long> drained = new java.util.TreeMap<>();
        moving.writeLock().lock();
        try {
            for (Map.Entry<LocalDate, LongAdder> e : pending.entrySet()) {
                long n = e.getValue().sumThenReset();
                if (n > 0) {
                    drained.put(e.getKey(), n);
                    inFlight.merge(e.getKey(), n, Long::sum);
                }
            }
        } finally {
            moving.writeLock().unlock();
        }
        // Days before yesterday get no more visits; dropping their emptied adders keeps the map small.
        LocalDate yesterday = storedDay == null ? null : storedDay.minusDays(1);
        pending.entrySet().removeIf(e -> yesterday != null && e.getKey().isBefore(yesterday) && e.getValue().sum() == 0);
        return drained;
    }

    /** Puts back visits whose storing failed, so none is lost. */
    public void requeue(Map<LocalDate, Long> visits) {
        moving.writeLock().lock();
        try {
            visits.forEach((day, n) -> {
                pending.computeIfAbsent(day, d -> new LongAdder()).add(n);
                inFlight.merge(day, -n, Long::sum);
            });
        } finally {
            moving.writeLock().unlock();
        }
    }

    /** Notes visits that storage now holds. */
    public void stored(Map<LocalDate, Long> visits, LocalDate today) {
        long added = visits.values().stream().mapToLong(Long::longValue).sum();
        long addedToday = visits.getOrDefault(today, 0L);
        moving.writeLock().lock();
        try {
            if (!today.equals(storedDay)) {
                storedDay = today;
                storedToday = addedToday;
            } else {
                storedToday += addedToday;
            }
            storedTotal += added;
            visits.forEach((day, n) -> inFlight.merge(day, -n, Long::sum));
            inFlight.values().removeIf(n -> n == 0);
        } finally {
            moving.writeLock().unlock();
        }
    }

    public VisitCounts counts(Instant now) {
        LocalDate today = VietnamTime.today(now);
        moving.readLock().lock();
        try {
            long pendingAll = 0;
            long pendingToday = 0;
            for (Map.Entry<LocalDate, LongAdder> e : pending.entrySet()) {
                long n = e.getValue().sum();
                pendingAll += n;
                if (e.getKey().equals(today)) {
                    pendingToday += n;
                }
            }
            for (Map.Entry<LocalDate, Long> e : inFlight.entrySet()) {
                pendingAll += e.getValue();
                if (e.getKey().equals(today)) {
                    pendingToday += e.getValue();
                }
            }
            long storedForToday = today.equals(storedDay) ? storedToday : 0;
            return new VisitCounts(onlineNow + arrivedSinceSweep.sum(), storedForToday + pendingToday, storedTotal + pendingAll);
        } finally {
            moving.readLock().unlock();
        }
    }

    int trackedVisitors() {
        return seen.size();
    }
}
