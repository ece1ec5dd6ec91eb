package vn.govportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2024, 3, 15);
    private static final LocalDate EXPIRES = LocalDate.of(2026, 1, 1);

    @Test
    void beforeItsEffectiveDateADocumentIsNotYetInForce() {
        assertThat(Validity.of(EFFECTIVE, null, false, false, EFFECTIVE.minusDays(1))).isEqualTo(Validity.NOT_YET_EFFECTIVE);
    }

    @Test
    void fromItsEffectiveDateItIsInForce() {
        assertThat(Validity.of(EFFECTIVE, null, false, false, EFFECTIVE)).isEqualTo(Validity.IN_FORCE);
        assertThat(Validity.of(EFFECTIVE, EXPIRES, false, false, EXPIRES.minusDays(1))).isEqualTo(Validity.IN_FORCE);
    }

    @Test
    void onItsExpiryDateItHasExpired() {
        assertThat(Validity.of(EFFECTIVE, EXPIRES, false, false, EXPIRES)).isEqualTo(Validity.EXPIRED);
        assertThat(Validity.of(EFFECTIVE, EXPIRES, false, false, EXPIRES.plusYears(3))).isEqualTo(Validity.EXPIRED);
    }

    @Test
    void aDocumentReplacedByOneInForceHasExpiredWhateverItsOwnDates() {
        assertThat(Validity.of(EFFECTIVE, null, true, false, EFFECTIVE.plusDays(10))).isEqualTo(Validity.EXPIRED);
        assertThat(Validity.of(EFFECTIVE, EXPIRES, true, true, EFFECTIVE.plusDays(10))).isEqualTo(Validity.EXPIRED);
    }

    @Test
    void aDocumentAmendedByOneInForceHasPartlyExpired() {
        assertThat(Validity.of(EFFECTIVE, null, false, true, EFFECTIVE.plusDays(10))).isEqualTo(Validity.PARTLY_EXPIRED);
    }

    @Test
    void anExpiryDatePassedOutweighsAnAmendment() {
        assertThat(Validity.of(EFFECTIVE, EXPIRES, false, true, EXPIRES)).isEqualTo(Validity.EXPIRED);
    }

    @Test
    void filterKeysNameEachValidityAndNothingElse() {
        for (Validity validity : Validity.values()) {
            assertThat(Validity.fromKey(validity.key())).isEqualTo(validity);
        }
        assertThat(Validity.fromKey("<script>")).isNull();
        assertThat(Validity.fromKey("")).isNull();
    }
}
