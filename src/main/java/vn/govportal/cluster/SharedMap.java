package vn.govportal.cluster;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * A map every instance of the portal sees the same (the data grid's, when there is one), whose
 * entries are forgotten a while after they were last written. Keys and values are JDK types
 * (strings, numbers, arrays of them), so that any instance can read what another wrote.
 */
public interface SharedMap<V> {

    V get(String key);

    /** Writes {@code value}, kept for {@code ttl}; returns what was there before, or null. */
    V put(String key, V value, Duration ttl);

    /**
     * Replaces the value under {@code key} by what {@code change} makes of it (given null when there
     * is none), atomically across instances; a null result removes it. Returns the new value.
     */
    V update(String key, UnaryOperator<V> change, Duration ttl);

    void remove(String key);

    /** Every live entry, copied: read across the grid, so for periodic jobs only. */
    java.util.Map<String, V> entries();

    /** How many entries are live now: counted across the grid, so not for every request. */
    int size();
}
