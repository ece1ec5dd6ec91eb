package vn.govportal.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void readsTheThreeFormsOfOneRange() {
        assertThat(ByteRange.parse("bytes=0-99", 1000)).isEqualTo(new ByteRange(0, 99, 1000));
        assertThat(ByteRange.parse("bytes=900-", 1000)).isEqualTo(new ByteRange(900, 999, 1000));
        assertThat(ByteRange.parse("bytes=-100", 1000)).isEqualTo(new ByteRange(900, 999, 1000));
        assertThat(ByteRange.parse("bytes=990-5000", 1000).length()).isEqualTo(10);
    }

    @Test
    void aRangeBeyondTheEndCannotBeSatisfied() {
        assertThat(ByteRange.parse("bytes=1000-", 1000).satisfiable()).isFalse();
        assertThat(ByteRange.parse("bytes=-0", 1000).satisfiable()).isFalse();
    }

    @Test
    void malformedOrSeveralRangesMeanTheWholeFile() {
        assertThat(ByteRange.parse(null, 1000)).isNull();
        assertThat(ByteRange.parse("bytes=5-1", 1000)).isNull();
        assertThat(ByteRange.parse("bytes=a-b", 1000)).isNull();
        assertThat(ByteRange.parse("items=0-1", 1000)).isNull();
        assertThat(ByteRange.parse("bytes=0-1,5-6", 1000)).isNull();
        assertThat(ByteRange.whole(1000)).isEqualTo(new ByteRange(0, 999, 1000));
    }
}
