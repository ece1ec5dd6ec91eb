package vn.govportal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * A value computed at most once per period and shared by every request meanwhile. A request
 * that finds it expired recomputes it; concurrent ones may both do so, which is harmless for
 * read-only content and cheaper than making every request wait on a lock.
 */
final class TimedValue<T> {

    private final Function<Instant, T> loader;
    private final Duration lifetime;
    private volatile Entry<T> entry;

    TimedValue(Function<Instant, T> loader, Duration lifetime) {
        this.loader = loader;
        this.lifetime = lifetime;
    }

    T get(Instant now) {
        Entry<T> current = entry;
        if (current == null || !now.isBefore(current.expires())) {
            current = new Entry<>(loader.apply(now), now.plus(lifetime));
            entry = current;
        }
        return current.value();
    }

    void invalidate() {
        entry = null;
    }

    private record Entry<T>(T value, Instant expires) {
    }
}
