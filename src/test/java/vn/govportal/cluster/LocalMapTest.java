package vn.govportal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalMapTest {

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final LocalMap<Long> map = new LocalMap<>(clock::get, 3);

    @Test
    void anEntryIsForgottenOnceItsTimeToLiveHasPassed() {
        assertThat(map.put("a", 1L, Duration.ofSeconds(10))).isNull();
        clock.addAndGet(9_999);
        assertThat(map.get("a")).isEqualTo(1L);
        assertThat(map.put("a", 2L, Duration.ofSeconds(10))).as("the previous value, still live").isEqualTo(1L);
        clock.addAndGet(10_000);
        assertThat(map.get("a")).isNull();
        assertThat(map.put("a", 3L, Duration.ofSeconds(10))).as("nothing live before").isNull();
    }

    @Test
    void anUpdateSeesTheLiveValueOrNothingAndANullResultRemoves() {
        map.update("n", v -> v == null ? 1L : v + 1, Duration.ofSeconds(5));
        map.update("n", v -> v == null ? 1L : v + 1, Duration.ofSeconds(5));
        assertThat(map.get("n")).isEqualTo(2L);
        clock.addAndGet(5_000);
        assertThat(map.update("n", v -> v == null ? 1L : v + 1, Duration.ofSeconds(5))).as("the lapsed count starts again").isEqualTo(1L);
        map.update("n", v -> null, Duration.ofSeconds(5));
        assertThat(map.get("n")).isNull();
    }

    @Test
    void newKeysAreNotKeptBeyondTheCapacityUntilOthersLapse() {
        for (String key : new String[] {"a", "b", "c"}) {
            map.put(key, 1L, Duration.ofSeconds(10));
        }
        map.put("d", 1L, Duration.ofSeconds(10));
        assertThat(map.get("d")).isNull();
        assertThat(map.put("a", 2L, Duration.ofSeconds(10))).as("a key already held is still written").isEqualTo(1L);
        clock.addAndGet(10_000);
        map.put("d", 1L, Duration.ofSeconds(10));
        assertThat(map.get("d")).isEqualTo(1L);
        assertThat(map.size()).isEqualTo(1);
    }
}
