package vn.govportal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitTrackerTest {

    /** 10:00 in Vietnam on 27/11/2026. */
    private static final Instant MORNING = Instant.parse("2026-11-27T03:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    private final VisitTracker tracker = new VisitTracker();

    @Test
    void aVisitorsPagesWithinHalfAnHourAreOneVisit() {
        tracker.pageView("1.2.3.4|ua", MORNING);
        tracker.pageView("1.2.3.4|ua", MORNING.plus(Duration.ofMinutes(10)));
        tracker.pageView("1.2.3.4|ua", MORNING.plus(Duration.ofMinutes(35)));

        assertThat(tracker.counts(MORNING.plus(Duration.ofMinutes(35))).getToday()).isEqualTo(1);
    }

    @Test
    void aVisitorReturningAfterHalfAnHourStartsANewVisit() {
        tracker.pageView("v", MORNING);
        tracker.pageView("v", MORNING.plus(Duration.ofMinutes(31)));

        assertThat(tracker.counts(MORNING.plus(Duration.ofMinutes(31))).getTotal()).isEqualTo(2);
    }

    @Test
    void differentVisitorsAreDifferentVisits() {
        tracker.pageView("a", MORNING);
        tracker.pageView("b", MORNING);
        tracker.pageView("c", MORNING);

        VisitCounts counts = tracker.counts(MORNING);
        assertThat(counts.getToday()).isEqualTo(3);
        assertThat(counts.getOnlineNow()).isEqualTo(3);
    }

    @Test
    void startsFromStoredCountsAndAddsPendingOnes() {
        tracker.restore(DAY, 40, 1000);
        tracker.pageView("a", MORNING);

        VisitCounts counts = tracker.counts(MORNING);
        assertThat(counts.getToday()).isEqualTo(41);
        assertThat(counts.getTotal()).isEqualTo(1001);
    }

    @Test
    void storedVisitsAreNotCountedTwice() {
        tracker.restore(DAY, 5, 50);
        tracker.pageView("a", MORNING);
        tracker.pageView("b", MORNING);

        Map<LocalDate, Long> drained = tracker.drainPending();
        assertThat(drained).containsExactly(Map.entry(DAY, 2L));
        assertThat(tracker.drainPending()).isEmpty();
        tracker.stored(drained, DAY);

        VisitCounts counts = tracker.counts(MORNING);
        assertThat(counts.getToday()).isEqualTo(7);
        assertThat(counts.getTotal()).isEqualTo(52);
    }

    @Test
    void countsDoNotDipWhileABatchIsBeingStored() {
        tracker.restore(DAY, 5, 50);
        tracker.pageView("a", MORNING);

        Map<LocalDate, Long> drained = tracker.drainPending();
        assertThat(tracker.counts(MORNING).getToday()).as("taken for storing, not yet stored").isEqualTo(6);
        tracker.stored(drained, DAY);
        assertThat(tracker.counts(MORNING).getToday()).isEqualTo(6);
        assertThat(tracker.counts(MORNING).getTotal()).isEqualTo(51);
    }

    @Test
    void visitsWhoseStoringFailedArePutBack() {
        tracker.pageView("a", MORNING);
        Map<LocalDate, Long> drained = tracker.drainPending();
        tracker.requeue(drained);

        assertThat(tracker.counts(MORNING).getTotal()).isEqualTo(1);
        assertThat(tracker.drainPending()).containsExactly(Map.entry(DAY, 1L));
    }

    @Test
    void theDayChangesAtMidnightVietnamTime() {
        Instant beforeMidnight = Instant.parse("2026-11-27T16:59:00Z");
        Instant afterMidnight = Instant.parse("2026-11-27T17:01:00Z");
        tracker.restore(DAY, 10, 100);
        tracker.pageView("late", beforeMidnight);
        tracker.pageView("early", afterMidnight);

        assertThat(tracker.counts(afterMidnight).getToday()).isEqualTo(1);
        assertThat(tracker.counts(afterMidnight).getTotal()).isEqualTo(102);
        assertThat(tracker.drainPending()).containsEntry(DAY, 1L).containsEntry(DAY.plusDays(1), 1L);
    }

    @Test
    void sweepForgetsFinishedVisitsAndCountsWhoIsOnline() {
        tracker.pageView("old", MORNING);
        tracker.pageView("recent", MORNING.plus(Duration.ofMinutes(20)));
        tracker.pageView("now", MORNING.plus(Duration.ofMinutes(31)));

        tracker.sweep(MORNING.plus(Duration.ofMinutes(31)));

        assertThat(tracker.trackedVisitors()).isEqualTo(2);
        assertThat(tracker.counts(MORNING.plus(Duration.ofMinutes(31))).getOnlineNow()).isEqualTo(1);
    }

    @Test
    void memoryStaysBoundedWhateverTheNumberOfVisitors() {
        for (int i = 0; i < VisitTracker.MAX_TRACKED + 500; i++) {
            tracker.pageView("visitor-" + i, MORNING);
        }
        assertThat(tracker.trackedVisitors()).isEqualTo(VisitTracker.MAX_TRACKED);
        assertThat(tracker.counts(MORNING).getToday()).isEqualTo(VisitTracker.MAX_TRACKED + 500);
    }
}
