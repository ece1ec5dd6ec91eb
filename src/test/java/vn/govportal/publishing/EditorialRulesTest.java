package vn.govportal.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.govportal.publishing.PublicationStatus.AWAITING_REVIEW;
import static vn.govportal.publishing.PublicationStatus.DRAFT;
import static vn.govportal.publishing.PublicationStatus.PUBLISHED;
import static vn.govportal.publishing.PublicationStatus.SCHEDULED;
import static vn.govportal.publishing.PublicationStatus.UNPUBLISHED;

import org.junit.jupiter.api.Test;

class EditorialRulesTest {

    private final EditorialRules author = new EditorialRules("lan", false);
    private final EditorialRules editor = new EditorialRules("minh", true);

    @Test
    void anAuthorEditsOnlyTheirOwnDraft() {
        assertThat(author.canEdit("lan", DRAFT)).isTrue();
        assertThat(author.canEdit("hoa", DRAFT)).isFalse();
        for (PublicationStatus status : new PublicationStatus[] {AWAITING_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED}) {
            assertThat(author.canEdit("lan", status)).as(status.name()).isFalse();
        }
    }

    @Test
    void anEditorEditsAnyArticleInAnyStatus() {
        for (PublicationStatus status : PublicationStatus.values()) {
            assertThat(editor.canEdit("lan", status)).as(status.name()).isTrue();
        }
    }

    @Test
    void anAuthorSendsOnlyTheirOwnForReviewAndWithdrawsItOnlyFromReview() {
        assertThat(author.canSubmit("lan")).isTrue();
        assertThat(author.canSubmit("hoa")).isFalse();
        assertThat(author.canReturnToDraft("lan", AWAITING_REVIEW)).isTrue();
        assertThat(author.canReturnToDraft("lan", PUBLISHED)).isFalse();
        assertThat(author.canReturnToDraft("hoa", AWAITING_REVIEW)).isFalse();
        assertThat(editor.canReturnToDraft("lan", PUBLISHED)).isTrue();
    }

    @Test
    void nothingPublicOrScheduledIsDeletedEvenByAnEditor() {
        assertThat(editor.canDelete("lan", PUBLISHED)).isFalse();
        assertThat(editor.canDelete("lan", SCHEDULED)).isFalse();
        assertThat(editor.canDelete("lan", UNPUBLISHED)).isTrue();
        assertThat(author.canDelete("lan", DRAFT)).isTrue();
        assertThat(author.canDelete("hoa", DRAFT)).isFalse();
        assertThat(author.canDelete("lan", AWAITING_REVIEW)).isFalse();
    }
}
