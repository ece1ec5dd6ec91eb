package vn.govportal.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

    @ParameterizedTest(name = "{0} items, {1} per page → {2} pages")
    @CsvSource({"0, 10, 1", "1, 10, 1", "10, 10, 1", "11, 10, 2", "20, 10, 2", "21, 10, 3", "14, 10, 2", "1000001, 10, 100001"})
    void countsPages(long items, int size, int pages) {
        assertThat(Page.pageCount(items, size)).isEqualTo(pages);
    }

    @ParameterizedTest(name = "page {0} of {1} items → {2}")
    @CsvSource({
        "1, 14, 1", "2, 14, 2", "3, 14, 2", "0, 14, 1", "-5, 14, 1",
        "9223372036854775807, 14, 2", "-9223372036854775808, 14, 1", "1, 0, 1", "2, 0, 1"
    })
    void clampsToTheNearestExistingPage(long requested, long items, int expected) {
        assertThat(Page.clamp(requested, items, 10)).isEqualTo(expected);
    }

    @Test
    void offsetsStartAtZero() {
        assertThat(Page.offset(1, 10)).isZero();
        assertThat(Page.offset(2, 10)).isEqualTo(10);
        assertThat(Page.offset(5, 7)).isEqualTo(28);
    }

    @Test
    void knowsItsNeighbours() {
        Page<String> first = new Page<>(List.of("a"), 1, 10, 25);
        Page<String> middle = new Page<>(List.of("a"), 2, 10, 25);
        Page<String> last = new Page<>(List.of("a"), 3, 10, 25);
        Page<String> only = new Page<>(List.of("a"), 1, 10, 3);

        assertThat(first.isHasPrevious()).isFalse();
        assertThat(first.isHasNext()).isTrue();
        assertThat(middle.isHasPrevious()).isTrue();
        assertThat(middle.getPreviousNumber()).isEqualTo(1);
        assertThat(middle.getNextNumber()).isEqualTo(3);
        assertThat(last.isHasNext()).isFalse();
        assertThat(only.isPaginated()).isFalse();
        assertThat(first.getTotalPages()).isEqualTo(3);
    }

    @Test
    void windowShowsPagesAroundTheCurrentOne() {
        assertThat(new Page<>(List.of(), 1, 10, 200).window(2)).containsExactly(1, 2, 3, 4, 5);
        assertThat(new Page<>(List.of(), 10, 10, 200).window(2)).containsExactly(8, 9, 10, 11, 12);
        assertThat(new Page<>(List.of(), 20, 10, 200).window(2)).containsExactly(16, 17, 18, 19, 20);
        assertThat(new Page<>(List.of(), 2, 10, 25).window(2)).containsExactly(1, 2, 3);
    }

    @Test
    void refusesAZeroPageSize() {
        assertThatThrownBy(() -> new Page<>(List.of(), 1, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
