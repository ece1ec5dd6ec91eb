package vn.govportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after a few failed sign-ins for one account, or from one address, further
 * attempts must wait {@link #FIRST_WAIT}, then twice as long after each failure, up to {@link #MAX_WAIT}. A success
 * clears the account's count, and every count is forgotten after {@link #FORGET_AFTER} without
 * failures, so the real user is never locked out for good.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_ADDRESS_FAILURES = 10;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Bounds memory under a flood of made-up usernames or addresses. */
    static final int MAX_TRACKED = 50_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** How long {@code username} from {@code address} must still wait before trying; zero if it may try now. */
    public Duration waitBeforeAttempt(String username, String address, Instant now) {
        Duration account = wait(failures.get(accountKey(username)), FREE_ACCOUNT_FAILURES, now);
        Duration origin = wait(failures.get(addressKey(address)), FREE_ADDRESS_FAILURES, now);
        return account.compareTo(origin) >= 0 ? account : origin;
    }

    public void failed(String username, String address, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.last.plus(FORGET_AFTER).isBefore(now));
        }
        record(accountKey(username), now);
        record(addressKey(address), now);
    }

    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, f) -> f == null || f.last.plus(FORGET_AFTER).isBefore(now)
                ? new Failures(1, now) : new Failures(f.count + 1, now));
    }

    private static Duration wait(Failures f, int free, Instant now) {
        if (f == null || f.count < free || f.last.plus(FORGET_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count - free, 20);
        Duration penalty = FIRST_WAIT.multipliedBy(1L << doublings);
        if (penalty.compareTo(MAX_WAIT) > 0) {
            penalty = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.last.plus(penalty));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last) {
    }
}
