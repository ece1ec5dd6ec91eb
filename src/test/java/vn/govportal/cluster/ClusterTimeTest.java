package vn.govportal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClusterTimeTest {

    @AfterEach
    void backToThisMachine() {
        ClusterTime.followSystem();
    }

    @Test
    void withoutAGridItIsThisMachinesClock() {
        long before = System.currentTimeMillis();
        long now = ClusterTime.now().toEpochMilli();
        assertThat(now).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void onAGridItIsTheClustersTimeHoweverFarThisMachinesClockIsOff() {
        long behind = Duration.ofSeconds(7).toMillis();
        ClusterTime.follow(() -> System.currentTimeMillis() + behind);

        long cluster = ClusterTime.now().toEpochMilli() - System.currentTimeMillis();
        assertThat(cluster).isBetween(behind - 50, behind + 50);
    }

    @Test
    void itTakesTheCorrectionsTheGridMakesToItsOffset() throws InterruptedException {
        AtomicLong ahead = new AtomicLong(7_000);
        ClusterTime.follow(() -> System.currentTimeMillis() + ahead.get());
        ahead.set(-2_000);
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(ClusterTime.RECHECK_NANOS) + 100);
        assertThat(ClusterTime.now().toEpochMilli() - System.currentTimeMillis()).isBetween(-2_050L, -1_950L);
    }

    @Test
    void whenTheGridShutsDownUnderACallTheLastOffsetStands() throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        ClusterTime.follow(() -> {
            if (!running.get()) {
                throw new IllegalStateException("Hazelcast instance is not active");
            }
            return System.currentTimeMillis() + 3_000;
        });
        running.set(false);
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(ClusterTime.RECHECK_NANOS) + 100);
        assertThat(ClusterTime.now().toEpochMilli() - System.currentTimeMillis()).isBetween(2_950L, 3_050L);
    }

    /**
     * A time one instance writes and another compares with its own must be the cluster's: an
     * article published on a machine whose clock is ahead would stay hidden on the others for the
     * difference. So outside the grid's package the portal reads the time only through {@link ClusterTime}.
     */
    @Test
    void thePortalReadsTheTimeOfDayOnlyThroughTheClustersClock() throws IOException {
        Pattern machineClock = Pattern.compile("\\b(Instant|LocalDate|LocalDateTime|OffsetDateTime|ZonedDateTime|LocalTime|Year)\\.now\\("
                + "|System\\.currentTimeMillis\\(\\)|System::currentTimeMillis|new java\\.util\\.Date\\(\\)|new Date\\(\\)");
        List<String> found;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            found = sources.filter(p -> p.toString().endsWith(".java"))
                    // The grid's own package is where the cluster's time is made from the machine's.
                    .filter(p -> !p.getParent().endsWith(Path.of("vn/govportal/cluster")))
                    .flatMap(ClusterTimeTest::linesOf)
                    .filter(line -> machineClock.matcher(line).find())
                    .toList();
        }
        assertThat(found).as("reads of this machine's clock outside ClusterTime").isEmpty();
    }

    private static Stream<String> linesOf(Path source) {
        try {
            List<String> lines = Files.readAllLines(source);
            return java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> source + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
