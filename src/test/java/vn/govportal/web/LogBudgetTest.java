package vn.govportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LogBudgetTest {

    @Test
    void aFloodBecomesAFewLinesAndACount() {
        Logger log = Logger.getLogger("test.budget." + System.nanoTime());
        log.setUseParentHandlers(false);
        List<LogRecord> written = new ArrayList<>();
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                written.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        LogBudget budget = new LogBudget(3, Duration.ofMinutes(1));
        Instant start = Instant.parse("2026-12-03T00:00:00Z");
        for (int i = 0; i < 1000; i++) {
            budget.log(log, Level.WARNING, "report " + i, start.plusMillis(i));
        }
        assertThat(written).hasSize(3);
        budget.log(log, Level.WARNING, "next minute", start.plusSeconds(61));
        assertThat(written).hasSize(5);
        assertThat(written.get(3).getParameters()).contains(997L);
    }
}
