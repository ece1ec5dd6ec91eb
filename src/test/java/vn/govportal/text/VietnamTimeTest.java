package vn.govportal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnamTimeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // Vietnam is UTC+7 all year: its day starts at 17:00 UTC the day before.
        "2016-10-19T16:59:59Z, GMT+7 19 - 10 - 2016",
        "2016-10-19T17:00:00Z, GMT+7 20 - 10 - 2016",
        "2016-10-19T23:59:59Z, GMT+7 20 - 10 - 2016",
        "2016-10-20T00:00:00Z, GMT+7 20 - 10 - 2016",
        "2016-10-20T16:59:59Z, GMT+7 20 - 10 - 2016",
        "2026-12-31T17:00:00Z, GMT+7 01 - 01 - 2027",
        "2024-02-28T17:30:00Z, GMT+7 29 - 02 - 2024",
    })
    void datelineIsInVietnamTime(String utc, String expected) {
        assertThat(VietnamTime.dateline(Instant.parse(utc))).isEqualTo(expected);
    }

    @Test
    void otherFormatsUseVietnamTimeToo() {
        Instant lateEvening = Instant.parse("2026-11-25T16:40:00Z");
        assertThat(VietnamTime.shortDate(lateEvening)).isEqualTo("25/11/2026");
        assertThat(VietnamTime.shortDateTime(lateEvening)).isEqualTo("23:40 25/11/2026");
        assertThat(VietnamTime.isoOffset(lateEvening)).isEqualTo("2026-11-25T23:40:00+07:00");
        // HTML allows at most three digits of fractional seconds: the attribute carries none.
        assertThat(VietnamTime.isoOffset(Instant.parse("2026-11-27T06:19:01.913664Z"))).isEqualTo("2026-11-27T13:19:01+07:00");
        assertThat(VietnamTime.today(Instant.parse("2026-11-26T17:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void wallClockTimeStaffEnterIsVietnamTime() {
        java.time.LocalDateTime midnight = java.time.LocalDateTime.of(2026, 12, 1, 0, 0);
        assertThat(VietnamTime.fromLocal(midnight)).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(VietnamTime.toLocal(Instant.parse("2026-11-30T17:00:00Z"))).isEqualTo(midnight);
        assertThat(VietnamTime.fromLocal(null)).isNull();
        assertThat(VietnamTime.toLocal(null)).isNull();
    }

    @Test
    void longDateNamesTheWeekday() {
        assertThat(VietnamTime.longDate(LocalDate.of(2026, 11, 27))).isEqualTo("Thứ Sáu, 27/11/2026");
        assertThat(VietnamTime.longDate(LocalDate.of(2026, 11, 29))).isEqualTo("Chủ Nhật, 29/11/2026");
        assertThat(VietnamTime.longDate(LocalDate.of(2026, 11, 30))).isEqualTo("Thứ Hai, 30/11/2026");
    }
}
