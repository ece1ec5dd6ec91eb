package vn.govportal.cluster;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * A {@link SharedMap} for an instance that runs on its own: the same behaviour, in this JVM. Its
 * memory is bounded: once it holds {@code capacity} live entries, new keys are not kept.
 */
public final class LocalMap<V> implements SharedMap<V> {

    private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final int capacity;

    /** {@code clock} gives the time in epoch milliseconds by which entries lapse. */
    public LocalMap(LongSupplier clock, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public V get(String key) {
        Entry<V> e = entries.get(key);
        return e == null || e.expired(clock.getAsLong()) ? null : e.value;
    }

    @Override
    public V put(String key, V value, Duration ttl) {
        long now = clock.getAsLong();
        if (!hasRoomFor(key, now)) {
            return null;
        }
        Entry<V> previous = entries.put(key, new Entry<>(value, now + ttl.toMillis()));
        return previous == null || previous.expired(now) ? null : previous.value;
    }

    @Override
    public V update(String key, UnaryOperator<V> change, Duration ttl) {
        long now = clock.getAsLong();
        if (!hasRoomFor(key, now)) {
            return change.apply(null);
        }
        Entry<V> updated = entries.compute(key, (k, e) -> {
            V next = change.apply(e == null || e.expired(now) ? null : e.value);
            return next == null ? null : new Entry<>(next, now + ttl.toMillis());
        });
        return updated == null ? null : updated.value;
    }

    @Override
    public void remove(String key) {
        entries.remove(key);
    }

    private boolean hasRoomFor(String key, long now) {
        if (entries.size() < capacity || entries.containsKey(key)) {
            return true;
        }
        entries.values().removeIf(e -> e.expired(now));
        return entries.size() < capacity;
    }

    @Override
    public java.util.Map<String, V> entries() {
        long now = clock.getAsLong();
        java.util.Map<String, V> live = new java.util.HashMap<>();
        entries.forEach((key, e) -> {
            if (!e.expired(now)) {
                live.put(key, e.value);
            }
        });
        return live;
    }

    @Override
    public int size() {
        long now = clock.getAsLong();
        // Sizing is rare (a periodic sweep): forgetting the expired entries here keeps memory bounded.
        entries.values().removeIf(e -> e.expired(now));
        return entries.size();
    }

    private record Entry<V>(V value, long until) {
        boolean expired(long now) {
            return now >= until;
        }
    }
}
