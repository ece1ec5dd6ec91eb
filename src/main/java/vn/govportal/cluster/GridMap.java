package vn.govportal.cluster;

import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** A {@link SharedMap} held by the data grid: every member reads and writes the same entries. */
final class GridMap<V> implements SharedMap<V> {

    private final IMap<String, V> map;

    GridMap(IMap<String, V> map) {
        this.map = map;
    }

    @Override
    public V get(String key) {
        return map.get(key);
    }

    @Override
    public V put(String key, V value, Duration ttl) {
        return map.put(key, value, ttl.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public V update(String key, UnaryOperator<V> change, Duration ttl) {
        // The grid's per-key lock: held by a member that dies, it is released by the grid.
        map.lock(key, 10, TimeUnit.SECONDS);
        try {
            V next = change.apply(map.get(key));
            if (next == null) {
                map.delete(key);
            } else {
                map.set(key, next, ttl.toMillis(), TimeUnit.MILLISECONDS);
            }
            return next;
        } finally {
            map.unlock(key);
        }
    }

    @Override
    public void remove(String key) {
        map.delete(key);
    }

    @Override
    public java.util.Map<String, V> entries() {
        return new java.util.HashMap<>(map);
    }

    @Override
    public int size() {
        return map.size();
    }
}
