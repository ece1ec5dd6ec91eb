package vn.govportal.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import vn.govportal.text.VietnamTime;

/**
 * Counts visits in memory, without cookies or sessions. A visit is a visitor (address and
 * browser) loading a page after {@link #VISIT_GAP} without one; "online" means seen within
 * {@link #ONLINE_WINDOW}. Counts wait here until {@link #drainPending()} hands them to storage,
 * so a page view costs no database write. Memory is bounded by {@link #MAX_TRACKED} visitors.
 */
public class VisitTracker {

    static final Duration VISIT_GAP = Duration.ofMinutes(30);
    static final Duration ONLINE_WINDOW = Duration.ofMinutes(5);
    static final int MAX_TRACKED = 100_000;

    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
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

    /** Starts from what storage holds: today's visits and the total. */
    public void restore(LocalDate day, long today, long total) {
        storedDay = day;
        storedToday = today;
        storedTotal = total;
    }

    /** Records one page view by {@code visitor}; counts a visit if it starts one. */
    public void pageView(String visitor, Instant now) {
        long millis = now.toEpochMilli();
        Long previous = lastSeen.get(visitor);
        boolean tracked = previous != null || lastSeen.size() < MAX_TRACKED;
        if (tracked) {
            previous = lastSeen.put(visitor, millis);
        }
        if (previous == null || millis - previous >= ONLINE_WINDOW.toMillis()) {
            arrivedSinceSweep.increment();
        }
        if (previous == null || millis - previous >= VISIT_GAP.toMillis()) {
            pending.computeIfAbsent(VietnamTime.today(now), d -> new LongAdder()).increment();
        }
    }

    /** Forgets visitors whose visit has ended and recounts who is online. Called periodically. */
    public void sweep(Instant now) {
        long millis = now.toEpochMilli();
        long online = 0;
        arrivedSinceSweep.reset();
        for (Iterator<Long> it = lastSeen.values().iterator(); it.hasNext();) {
            long seen = it.next();
            if (millis - seen >= VISIT_GAP.toMillis()) {
                it.remove();
            } else if (millis - seen < ONLINE_WINDOW.toMillis()) {
                online++;
            }
        }
        onlineNow = online;
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
        return lastSeen.size();
    }
}
