package vn.govportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-27T03:00:00Z");

    private final SignInThrottle throttle = new SignInThrottle();

    private void fail(String user, String address, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address, at);
        }
    }

    @Test
    void aFewMistakesCostNothing() {
        fail("thu", "10.0.0.1", SignInThrottle.FREE_PAIR_FAILURES - 1, T0);
        assertThat(throttle.waitBeforeAttempt("thu", "10.0.0.1", T0)).isZero();
    }

    @Test
    void furtherFailuresFromOneAddressDoubleTheWait() {
        fail("thu", "10.0.0.1", SignInThrottle.FREE_PAIR_FAILURES, T0);
        assertThat(throttle.waitBeforeAttempt("thu", "10.0.0.1", T0)).isEqualTo(SignInThrottle.FIRST_WAIT);

        fail("thu", "10.0.0.1", 3, T0);
        assertThat(throttle.waitBeforeAttempt("thu", "10.0.0.1", T0)).isEqualTo(SignInThrottle.FIRST_WAIT.multipliedBy(8));
        assertThat(throttle.waitBeforeAttempt("thu", "10.0.0.1", T0.plus(SignInThrottle.FIRST_WAIT.multipliedBy(8)))).isZero();
    }

    @Test
    void theWaitNeverExceedsFiveMinutes() {
        fail("thu", "10.0.0.1", 60, T0);
        assertThat(throttle.waitBeforeAttempt("thu", "10.0.0.1", T0)).isEqualTo(SignInThrottle.MAX_WAIT);
        assertThat(throttle.waitBeforeAttempt("thu", "10.0.0.1", T0.plus(SignInThrottle.MAX_WAIT))).isZero();
    }

    @Test
    void someoneFailingOnPurposeElsewhereDoesNotLockTheRealUserOut() {
        fail("admin", "203.0.113.9", 60, T0);

        assertThat(throttle.waitBeforeAttempt("admin", "203.0.113.9", T0)).as("the guesser").isEqualTo(SignInThrottle.MAX_WAIT);
        assertThat(throttle.waitBeforeAttempt("admin", "10.0.0.1", T0)).as("the real user, at the office")
                .isPositive().isLessThanOrEqualTo(SignInThrottle.MAX_ACCOUNT_WAIT);
    }

    @Test
    void guessingOneAccountFromManyAddressesIsSlowedToo() {
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES - 1; i++) {
            throttle.failed("admin", "198.51.100." + i, T0);
        }
        assertThat(throttle.waitBeforeAttempt("admin", "192.0.2.1", T0)).isZero();

        throttle.failed("admin", "198.51.100.200", T0);
        assertThat(throttle.waitBeforeAttempt("admin", "192.0.2.1", T0)).isEqualTo(SignInThrottle.FIRST_WAIT);
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedToo() {
        for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES + 2; i++) {
            throttle.failed("user" + i, "203.0.113.9", T0);
        }
        assertThat(throttle.waitBeforeAttempt("someone-else", "203.0.113.9", T0)).isPositive();
        assertThat(throttle.waitBeforeAttempt("someone-else", "10.0.0.1", T0)).isZero();
    }

    @Test
    void successClearsTheAccountAndOldFailuresAreForgotten() {
        fail("thu", "10.0.0.1", 8, T0);
        throttle.succeeded("thu", "10.0.0.1");
        assertThat(throttle.waitBeforeAttempt("thu", "10.0.0.1", T0)).isZero();

        fail("lan", "10.0.0.5", 8, T0);
        Instant later = T0.plus(SignInThrottle.FORGET_AFTER).plusSeconds(1);
        assertThat(throttle.waitBeforeAttempt("lan", "10.0.0.5", later)).isZero();
        throttle.failed("lan", "10.0.0.5", later);
        assertThat(throttle.waitBeforeAttempt("lan", "10.0.0.5", later)).isZero();
    }

    @Test
    void usernamesAreThrottledWhateverTheirCase() {
        fail("Thu", "10.0.0.1", SignInThrottle.FREE_PAIR_FAILURES, T0);
        assertThat(throttle.waitBeforeAttempt("thu", "10.0.0.1", T0)).isPositive();
    }
}
