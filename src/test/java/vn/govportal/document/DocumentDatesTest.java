package vn.govportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.govportal.publishing.EditRefused;

class DocumentDatesTest {

    private static final LocalDate ISSUED = LocalDate.of(2020, 2, 4);

    private static EditRefused refused(LocalDate issued, LocalDate effective, LocalDate expires) {
        return catchThrowableOfType(EditRefused.class, () -> DocumentDates.check(issued, effective, expires));
    }

    @Test
    void aDocumentMayTakeEffectOnTheDayItIsIssuedOrLaterAndNeedNotExpire() {
        assertThatCode(() -> DocumentDates.check(ISSUED, ISSUED, null)).doesNotThrowAnyException();
        assertThatCode(() -> DocumentDates.check(ISSUED, ISSUED.plusDays(45), ISSUED.plusYears(1))).doesNotThrowAnyException();
    }

    @Test
    void takingEffectBeforeBeingIssuedIsRefusedBesideTheEffectiveDate() {
        EditRefused e = refused(ISSUED, ISSUED.minusDays(1), null);
        assertThat(e.getField()).isEqualTo("effectiveOn");
        assertThat(e.getMessageKey()).isEqualTo("document.refused.effectiveBeforeIssue");
    }

    @Test
    void expiringOnOrBeforeTakingEffectIsRefusedBesideTheExpiryDate() {
        assertThat(refused(ISSUED, ISSUED.plusDays(10), ISSUED.plusDays(10)).getField()).isEqualTo("expiresOn");
        assertThat(refused(ISSUED, ISSUED.plusDays(10), ISSUED.plusDays(5)).getField()).isEqualTo("expiresOn");
        // Before the day of issue too, since that comes before the day it takes effect.
        assertThat(refused(ISSUED, ISSUED, ISSUED.minusYears(1)).getMessageKey()).isEqualTo("document.refused.expiryNotAfter");
    }

    @Test
    void missingDatesAreRefusedBesideTheirField() {
        assertThat(refused(null, ISSUED, null).getField()).isEqualTo("issuedOn");
        assertThat(refused(ISSUED, null, null).getField()).isEqualTo("effectiveOn");
    }

    @Test
    void aYearMistypedIntoAnotherCenturyIsRefused() {
        assertThat(refused(LocalDate.of(202, 2, 4), ISSUED, null).getMessageKey()).isEqualTo("document.refused.date");
        assertThat(refused(ISSUED, LocalDate.of(20200, 2, 4), null).getMessageKey()).isEqualTo("document.refused.date");
    }
}
