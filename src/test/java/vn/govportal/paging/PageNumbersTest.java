package vn.govportal.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PageNumbersTest {

    @Test
    void readsNumbers() {
        assertThat(PageNumbers.parse(null)).hasValue(1);
        assertThat(PageNumbers.parse("")).hasValue(1);
        assertThat(PageNumbers.parse("2")).hasValue(2);
        assertThat(PageNumbers.parse("+3")).hasValue(3);
        assertThat(PageNumbers.parse("007")).hasValue(7);
        assertThat(PageNumbers.parse("0")).hasValue(0);
        assertThat(PageNumbers.parse("-4")).hasValue(-4);
    }

    @Test
    void hugeNumbersStayHugeWithoutOverflowing() {
        assertThat(PageNumbers.parse("99999999999999999999999999").getAsLong()).isGreaterThan(1_000_000_000L);
        assertThat(PageNumbers.parse("-99999999999999999999999999").getAsLong()).isNegative();
    }

    @Test
    void refusesWhatIsNotANumber() {
        for (String bad : new String[] {"abc", "1e9", "1.5", "2a", " 2", "\u0000", "--1", "1".repeat(41), "٣"}) {
            assertThat(PageNumbers.parse(bad)).as(bad).isEqualTo(OptionalLong.empty());
        }
    }
}
