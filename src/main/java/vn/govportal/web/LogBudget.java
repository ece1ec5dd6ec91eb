package vn.govportal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At most {@code lines} log lines per period for something outsiders can trigger at will; what
 * is held back is counted and said in one line when the next period begins.
 */
final class LogBudget {

    private final int lines;
    private final Duration period;
    private Instant periodStart = Instant.EPOCH;
    private int written;
    private long withheld;

    LogBudget(int lines, Duration period) {
        this.lines = lines;
        this.period = period;
    }

    /** Logs the line if the budget allows; returns whether it did. */
    synchronized boolean log(Logger log, Level level, String line, Instant now) {
        if (!now.isBefore(periodStart.plus(period))) {
            if (withheld > 0) {
                log.log(level, "{0} more such lines were not logged in the last {1} s", new Object[] {withheld, period.toSeconds()});
            }
            periodStart = now;
            written = 0;
            withheld = 0;
        }
        if (written >= lines) {
            withheld++;
            return false;
        }
        written++;
        log.log(level, line);
        return true;
    }
}
