package vn.govportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing without letting anyone lock the real user out:
 * <ul>
 * <li>one account from one address: after {@link #FREE_PAIR_FAILURES} failures, further attempts
 * wait {@link #FIRST_WAIT}, twice as long after each failure, up to {@link #MAX_WAIT};</li>
 * <li>one address, whatever the accounts: the same after {@link #FREE_ADDRESS_FAILURES};</li>
 * <li>one account from anywhere (guessing spread over many addresses): after
 * {@link #FREE_ACCOUNT_FAILURES}, a wait that never exceeds {@link #MAX_ACCOUNT_WAIT}, so
 * someone failing on purpose from elsewhere delays the real user by seconds, never for good.</li>
 * </ul>
 * A success clears the account's counts; every count is forgotten after {@link #FORGET_AFTER}
 * without failures.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_PAIR_FAILURES = 5;
    static final int FREE_ADDRESS_FAILURES = 10;
    static final int FREE_ACCOUNT_FAILURES = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    static final Duration MAX_ACCOUNT_WAIT = Duration.ofSeconds(30);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Bounds memory under a flood of made-up usernames or addresses. */
    static final int MAX_TRACKED = 50_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** How long {@code username} from {@code address} must still wait before trying; zero if it may try now. */
    public Duration waitBeforeAttempt(String username, String address, Instant now) {
        Duration pair = wait(failures.get(pairKey(username, address)), FREE_PAIR_FAILURES, MAX_WAIT, now);
        Duration origin = wait(failures.get(addressKey(address)), FREE_ADDRESS_FAILURES, MAX_WAIT, now);
        Duration account = wait(failures.get(accountKey(username)), FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_WAIT, now);
        return longest(longest(pair, origin), account);
    }

    public void failed(String username, String address, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.last.plus(FORGET_AFTER).isBefore(now));
        }
        record(pairKey(username, address), now);
        record(addressKey(address), now);
        record(accountKey(username), now);
    }

    public void succeeded(String username, String address) {
        failures.remove(pairKey(username, address));
        failures.remove(accountKey(username));
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, f) -> f == null || f.last.plus(FORGET_AFTER).isBefore(now)
                ? new Failures(1, now) : new Failures(f.count + 1, now));
    }

    private static Duration wait(Failures f, int free, Duration max, Instant now) {
        if (f == null || f.count < free || f.last.plus(FORGET_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count - free, 20);
        Duration penalty = FIRST_WAIT.multipliedBy(1L << doublings);
        if (penalty.compareTo(max) > 0) {
            penalty = max;
        }
        Duration left = Duration.between(now, f.last.plus(penalty));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String normalised(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String username, String address) {
        return "pair:" + normalised(username) + '|' + address;
    }

    private static String accountKey(String username) {
        return "account:" + normalised(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last) {
    }
}
