package vn.govportal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.govportal.cluster.Grid;
import vn.govportal.cluster.SharedMap;

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
    void startsFromStoredCountsAndAddsItsOwnNotYetStored() {
        tracker.refresh(DAY, 40, 1000, Map.of());
        tracker.pageView("a", MORNING);

        VisitCounts counts = tracker.counts(MORNING);
        assertThat(counts.getToday()).isEqualTo(41);
        assertThat(counts.getTotal()).isEqualTo(1001);
    }

    @Test
    void visitsStorageHoldsAlreadyAreNotCountedTwice() {
        tracker.refresh(DAY, 5, 50, Map.of());
        tracker.pageView("a", MORNING);
        tracker.pageView("b", MORNING);
        assertThat(tracker.ownShares()).containsExactly(new VisitShare(DAY, tracker.instance(), 2));

        // Stored: the day's figure now includes them, and so does what storage holds of this instance's.
        tracker.refresh(DAY, 7, 52, Map.of(DAY, 2L));
        VisitCounts counts = tracker.counts(MORNING);
        assertThat(counts.getToday()).isEqualTo(7);
        assertThat(counts.getTotal()).isEqualTo(52);

        tracker.pageView("c", MORNING);
        assertThat(tracker.counts(MORNING).getToday()).isEqualTo(8);
        assertThat(tracker.ownShares()).as("the whole day's count, not what is new").containsExactly(new VisitShare(DAY, tracker.instance(), 3));
    }

    @Test
    void whatAnInstanceCountedIsOnTheSharedMapsForAnotherToStoreWhenItDies() {
        SharedMap<Long> seen = Grid.ownMap();
        SharedMap<Long> online = Grid.ownMap();
        SharedMap<Long> counted = Grid.ownMap();
        VisitTracker a = new VisitTracker(seen, online, counted, "a");
        VisitTracker b = new VisitTracker(seen, online, counted, "b");
        a.pageView("x", MORNING);
        a.pageView("y", MORNING);
        b.pageView("z", MORNING);
        a.pageView("z", MORNING.plusSeconds(60));

        // A is gone without a word; B reads what both counted from the maps they shared.
        assertThat(b.shares()).containsExactlyInAnyOrder(new VisitShare(DAY, "a", 2), new VisitShare(DAY, "b", 1));
    }

    @Test
    void countsWrittenInTheWrongOrderAreWrittenRightAtTheNextRound() {
        SharedMap<Long> counted = Grid.ownMap();
        VisitTracker mine = new VisitTracker(Grid.ownMap(), Grid.ownMap(), counted, "i");
        mine.pageView("a", MORNING);
        mine.pageView("b", MORNING);
        // Two visits counted at once on two threads: the first count's write lands last.
        counted.put(DAY + "/i", 1L, Duration.ofDays(1));

        mine.publish(MORNING);
        assertThat(mine.shares()).containsExactly(new VisitShare(DAY, "i", 2));
    }

    @Test
    void anInstanceRunningForDaysCountsEachOfItsVisitsOnce() {
        tracker.pageView("a", MORNING);
        tracker.pageView("b", MORNING);
        tracker.refresh(DAY, 2, 2, Map.of(DAY, 2L, DAY.minusDays(1), 0L));
        assertThat(tracker.counts(MORNING).getTotal()).isEqualTo(2);

        // The next day storage still reports what it holds of the day before; the day after, it no longer does.
        Instant nextDay = MORNING.plus(Duration.ofDays(1));
        tracker.publish(nextDay);
        tracker.refresh(DAY.plusDays(1), 0, 2, Map.of(DAY.plusDays(1), 0L, DAY, 2L));
        assertThat(tracker.counts(nextDay).getTotal()).isEqualTo(2);
        Instant twoDaysOn = MORNING.plus(Duration.ofDays(2));
        tracker.publish(twoDaysOn);
        tracker.refresh(DAY.plusDays(2), 0, 2, Map.of(DAY.plusDays(2), 0L, DAY.plusDays(1), 0L));
        assertThat(tracker.counts(twoDaysOn).getTotal()).isEqualTo(2);
    }

    @Test
    void theDayChangesAtMidnightVietnamTime() {
        Instant beforeMidnight = Instant.parse("2026-11-27T16:59:00Z");
        Instant afterMidnight = Instant.parse("2026-11-27T17:01:00Z");
        tracker.refresh(DAY, 10, 100, Map.of());
        tracker.pageView("late", beforeMidnight);
        tracker.pageView("early", afterMidnight);

        assertThat(tracker.counts(afterMidnight).getToday()).isEqualTo(1);
        assertThat(tracker.counts(afterMidnight).getTotal()).isEqualTo(102);
        assertThat(tracker.ownShares()).containsExactlyInAnyOrder(new VisitShare(DAY, tracker.instance(), 1),
                new VisitShare(DAY.plusDays(1), tracker.instance(), 1));
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
