package vn.govportal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import vn.govportal.cluster.Grid;
import vn.govportal.cluster.SharedMap;

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
 * without failures. In a cluster the counts live on the data grid, so failures on one instance
 * count on every other: more instances give a guesser no more tries.
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

    /** Each count as {failures, time of the last in epoch milliseconds}: JDK types, readable by every instance. */
    private SharedMap<long[]> failures;

    @Inject
    private Grid grid;

    public SignInThrottle() {
        this.failures = Grid.ownMap();
    }

    @PostConstruct
    void share() {
        failures = grid.map("sign-in-failures");
    }

    /** How long {@code username} from {@code address} must still wait before trying; zero if it may try now. */
    public Duration waitBeforeAttempt(String username, String address, Instant now) {
        Duration pair = wait(failures.get(pairKey(username, address)), FREE_PAIR_FAILURES, MAX_WAIT, now);
        Duration origin = wait(failures.get(addressKey(address)), FREE_ADDRESS_FAILURES, MAX_WAIT, now);
        Duration account = wait(failures.get(accountKey(username)), FREE_ACCOUNT_FAILURES, MAX_ACCOUNT_WAIT, now);
        return longest(longest(pair, origin), account);
    }

    public void failed(String username, String address, Instant now) {
        record(pairKey(username, address), now);
        record(addressKey(address), now);
        record(accountKey(username), now);
    }

    public void succeeded(String username, String address) {
        failures.remove(pairKey(username, address));
        failures.remove(accountKey(username));
    }

    // Entries lapse on their own FORGET_AFTER after the last failure, which also bounds memory.
    private void record(String key, Instant now) {
        long millis = now.toEpochMilli();
        failures.update(key, f -> f == null || f[1] + FORGET_AFTER.toMillis() < millis
                ? new long[] {1, millis} : new long[] {f[0] + 1, millis}, FORGET_AFTER);
    }

    private static Duration wait(long[] f, int free, Duration max, Instant now) {
        if (f == null || f[0] < free || Instant.ofEpochMilli(f[1]).plus(FORGET_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        int doublings = (int) Math.min(f[0] - free, 20);
        Duration penalty = FIRST_WAIT.multipliedBy(1L << doublings);
        if (penalty.compareTo(max) > 0) {
            penalty = max;
        }
        Duration left = Duration.between(now, Instant.ofEpochMilli(f[1]).plus(penalty));
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
}
