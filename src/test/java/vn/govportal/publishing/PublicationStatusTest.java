package vn.govportal.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.govportal.publishing.PublicationStatus.AWAITING_REVIEW;
import static vn.govportal.publishing.PublicationStatus.DRAFT;
import static vn.govportal.publishing.PublicationStatus.PUBLISHED;
import static vn.govportal.publishing.PublicationStatus.SCHEDULED;
import static vn.govportal.publishing.PublicationStatus.UNPUBLISHED;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicationStatusTest {

    private static Set<PublicationStatus> from(PublicationStatus status) {
        Set<PublicationStatus> next = EnumSet.noneOf(PublicationStatus.class);
        for (PublicationStatus candidate : PublicationStatus.values()) {
            if (status.canBecome(candidate)) {
                next.add(candidate);
            }
        }
        return next;
    }

    @Test
    void aDraftGoesToReviewOrIsPublishedOrScheduled() {
        assertThat(from(DRAFT)).containsExactlyInAnyOrder(AWAITING_REVIEW, PUBLISHED, SCHEDULED);
    }

    @Test
    void anArticleInReviewIsPublishedScheduledOrSentBack() {
        assertThat(from(AWAITING_REVIEW)).containsExactlyInAnyOrder(PUBLISHED, SCHEDULED, DRAFT);
    }

    @Test
    void aScheduledOneIsPublishedRescheduledTakenDownOrSentBack() {
        assertThat(from(SCHEDULED)).containsExactlyInAnyOrder(PUBLISHED, SCHEDULED, UNPUBLISHED, DRAFT);
    }

    @Test
    void aPublishedOneIsTakenDownOrSentBackNeverPublishedTwice() {
        assertThat(from(PUBLISHED)).containsExactlyInAnyOrder(UNPUBLISHED, DRAFT);
    }

    @Test
    void aTakenDownOneIsPublishedAgainScheduledOrSentBack() {
        assertThat(from(UNPUBLISHED)).containsExactlyInAnyOrder(PUBLISHED, SCHEDULED, DRAFT);
    }
}
