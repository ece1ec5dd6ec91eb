package vn.govportal.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimedValueTest {

    private static final Instant T0 = Instant.parse("2026-11-29T03:00:00Z");

    @Test
    void isReusedWithinItsLifetimeAndReadAgainAfter() {
        AtomicInteger loads = new AtomicInteger();
        TimedValue<Integer> value = new TimedValue<>(now -> loads.incrementAndGet(), Duration.ofSeconds(10));

        assertThat(value.get(T0)).isEqualTo(1);
        assertThat(value.get(T0.plusSeconds(9))).isEqualTo(1);
        assertThat(value.get(T0.plusSeconds(10))).isEqualTo(2);
    }

    @Test
    void invalidatingMakesTheNextRequestReadAgain() {
        AtomicInteger loads = new AtomicInteger();
        TimedValue<Integer> value = new TimedValue<>(now -> loads.incrementAndGet(), Duration.ofSeconds(10));

        value.get(T0);
        value.invalidate();

        assertThat(value.get(T0.plusSeconds(1))).isEqualTo(2);
    }

    @Test
    void aReadThatOverlapsAChangeIsNotKept() {
        AtomicInteger loads = new AtomicInteger();
        // The loader sees the change happen while it reads (as a staff save committing mid-request).
        @SuppressWarnings("unchecked")
        TimedValue<Integer>[] self = new TimedValue[1];
        self[0] = new TimedValue<>(now -> {
            int n = loads.incrementAndGet();
            if (n == 1) {
                self[0].invalidate();
            }
            return n;
        }, Duration.ofSeconds(10));

        assertThat(self[0].get(T0)).as("the overlapping request still gets an answer").isEqualTo(1);
        assertThat(self[0].get(T0.plusSeconds(1))).as("but the next one reads again").isEqualTo(2);
        assertThat(self[0].get(T0.plusSeconds(2))).isEqualTo(2);
    }
}
