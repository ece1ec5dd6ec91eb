package vn.govportal.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import vn.govportal.cluster.LocalMap;
import vn.govportal.cluster.SharedMap;
import vn.govportal.text.VietnamTime;

/**
 * Counts visits in memory, without cookies or sessions. A visit is a visitor (address and
 * browser) loading a page after {@link #VISIT_GAP} without one; "online" means seen within
 * {@link #ONLINE_WINDOW}. A page view costs no database write. Memory is bounded by
 * {@link #MAX_TRACKED} visitors.
 * <p>
 * Who was seen when is kept in two {@link SharedMap}s: in a cluster they are the data grid's, so a
 * visitor whose views land on several instances is one visit and one person online. How many
 * visits this instance has counted each day is written to a third, as it counts them: on the grid
 * that count outlives the instance (the grid keeps a backup on another member), and whichever
 * instance stores the counts next stores it too (see {@link #shares()}). Storage keeps, per
 * instance and day, how many of its visits it already holds, so storing a count again adds only
 * what is new: an instance killed in the middle of storing loses nothing and nothing is counted twice.
 */
public class VisitTracker {

    static final Duration VISIT_GAP = Duration.ofMinutes(30);
    static final Duration ONLINE_WINDOW = Duration.ofMinutes(5);
    static final int MAX_TRACKED = 100_000;
    /** How long an instance's count of a day stays on the grid: stored long before it lapses. */
    static final Duration SHARE_KEPT = Duration.ofDays(3);

    /** Each visitor's last view, forgotten when the visit ends. */
    private final SharedMap<Long> seen;
    /** The visitors seen within the online window. */
    private final SharedMap<Long> online;
    /** Each instance's visits per day, under "day/instance". */
    private final SharedMap<Long> counted;
    private final String instance;
    /** The time of the latest call, by which this instance's own maps forget. */
    private volatile long clock;
    /** This instance's visits per day since it started. */
    private final Map<LocalDate, AtomicLong> mine = new ConcurrentHashMap<>();
    private final LongAdder arrivedSinceSweep = new LongAdder();
    private volatile long onlineNow;
    private volatile Stored stored = new Stored(null, 0, 0, Map.of());

    /** A tracker on its own, keeping who was seen and what it counted in memory. */
    public VisitTracker() {
        this.seen = new LocalMap<>(() -> clock, MAX_TRACKED);
        this.online = new LocalMap<>(() -> clock, MAX_TRACKED);
        this.counted = new LocalMap<>(() -> clock, Integer.MAX_VALUE);
        this.instance = "local";
    }

    /** A tracker keeping its state in the given maps (the data grid's, in a cluster), counting as {@code instance}. */
    public VisitTracker(SharedMap<Long> seen, SharedMap<Long> online, SharedMap<Long> counted, String instance) {
        this.seen = seen;
        this.online = online;
        this.counted = counted;
        this.instance = instance;
    }

    /** The name this instance's counts go by, in the maps and in storage. */
    public String instance() {
        return instance;
    }

    /**
     * Takes what storage holds now: the visits of {@code day} and in all, and how many of this
     * instance's visits of {@code day} and the day before it holds already (read in the same statement).
     */
    public void refresh(LocalDate day, long today, long total, Map<LocalDate, Long> mineStored) {
        stored = new Stored(day, today, total, Map.copyOf(mineStored));
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
            LocalDate day = VietnamTime.today(now);
            long n = mine.computeIfAbsent(day, d -> new AtomicLong()).incrementAndGet();
            counted.put(key(day, instance), n, SHARE_KEPT);
        }
    }

    /**
     * Writes this instance's counts again (two visits counted at once may have written theirs in
     * the other order) and keeps in memory today's and yesterday's only, the days a refresh reads
     * the ledger of: an older day's count is on the grid, and stored from there. Called periodically.
     */
    public void publish(Instant now) {
        LocalDate yesterday = VietnamTime.today(now).minusDays(1);
        mine.keySet().removeIf(day -> day.isBefore(yesterday));
        mine.forEach((day, n) -> counted.put(key(day, instance), n.get(), SHARE_KEPT));
    }

    /** Forgets visitors whose visit has ended and recounts who is online. Called periodically. */
    public void sweep(Instant now) {
        clock = now.toEpochMilli();
        arrivedSinceSweep.reset();
        onlineNow = online.size();
    }

    /** What every instance has counted, by day, as the maps hold it: for storing. */
    public List<VisitShare> shares() {
        List<VisitShare> shares = new ArrayList<>();
        counted.entries().forEach((key, visits) -> {
            int slash = key.indexOf('/');
            try {
                shares.add(new VisitShare(LocalDate.parse(key.substring(0, slash)), key.substring(slash + 1), visits));
            } catch (DateTimeParseException | IndexOutOfBoundsException e) {
                // Not a count this version writes: left to lapse.
            }
        });
        return shares;
    }

    /** What this instance has counted, by day: for storing at shutdown. */
    public List<VisitShare> ownShares() {
        return mine.entrySet().stream().map(e -> new VisitShare(e.getKey(), instance, e.getValue().get())).toList();
    }

    public VisitCounts counts(Instant now) {
        LocalDate today = VietnamTime.today(now);
        Stored s = stored;
        long unstoredAll = 0;
        long unstoredToday = 0;
        for (Map.Entry<LocalDate, AtomicLong> e : mine.entrySet()) {
            long unstored = Math.max(0, e.getValue().get() - s.mine().getOrDefault(e.getKey(), 0L));
            unstoredAll += unstored;
            if (e.getKey().equals(today)) {
                unstoredToday += unstored;
            }
        }
        long storedToday = today.equals(s.day()) ? s.today() : 0;
        return new VisitCounts(onlineNow + arrivedSinceSweep.sum(), storedToday + unstoredToday, s.total() + unstoredAll);
    }

    int trackedVisitors() {
        return seen.size();
    }

    private static String key(LocalDate day, String instance) {
        return day + "/" + instance;
    }

    /** What storage held at the last refresh, taken together so the figures never mix two moments. */
    private record Stored(LocalDate day, long today, long total, Map<LocalDate, Long> mine) {
    }
}
