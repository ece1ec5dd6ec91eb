package vn.govportal.web.site;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * A value computed at most once per period and shared by every request meanwhile. A request
 * that finds it expired recomputes it; concurrent ones may both do so, which is harmless for
 * read-only content and cheaper than making every request wait on a lock. A value whose loading
 * overlapped an {@link #invalidate()} is used by that request but not kept, since it may have
 * been read before the change.
 */
final class TimedValue<T> {

    private final Function<Instant, T> loader;
    private final Duration lifetime;
    private volatile Entry<T> entry;
    private long generation;

    TimedValue(Function<Instant, T> loader, Duration lifetime) {
        this.loader = loader;
        this.lifetime = lifetime;
    }

    T get(Instant now) {
        Entry<T> current = entry;
        if (current == null || !now.isBefore(current.expires())) {
            long loadingFrom = generation();
            current = new Entry<>(loader.apply(now), now.plus(lifetime));
            keep(current, loadingFrom);
        }
        return current.value();
    }

    void invalidate() {
        synchronized (this) {
            generation++;
            entry = null;
        }
    }

    private synchronized long generation() {
        return generation;
    }

    private synchronized void keep(Entry<T> loaded, long loadingFrom) {
        if (generation == loadingFrom) {
            entry = loaded;
        }
    }

    private record Entry<T>(T value, Instant expires) {
    }
}
