package vn.govportal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlugsTest {

    /** Each Vietnamese vowel with its six tones (none, huyền, sắc, hỏi, ngã, nặng), and its plain letter. */
    static Stream<Arguments> vowelsWithEveryTone() {
        String[][] rows = {
            {"a", "a", "à", "á", "ả", "ã", "ạ"},
            {"a", "ă", "ằ", "ắ", "ẳ", "ẵ", "ặ"},
            {"a", "â", "ầ", "ấ", "ẩ", "ẫ", "ậ"},
            {"e", "e", "è", "é", "ẻ", "ẽ", "ẹ"},
            {"e", "ê", "ề", "ế", "ể", "ễ", "ệ"},
            {"i", "i", "ì", "í", "ỉ", "ĩ", "ị"},
            {"o", "o", "ò", "ó", "ỏ", "õ", "ọ"},
            {"o", "ô", "ồ", "ố", "ổ", "ỗ", "ộ"},
            {"o", "ơ", "ờ", "ớ", "ở", "ỡ", "ợ"},
            {"u", "u", "ù", "ú", "ủ", "ũ", "ụ"},
            {"u", "ư", "ừ", "ứ", "ử", "ữ", "ự"},
            {"y", "y", "ỳ", "ý", "ỷ", "ỹ", "ỵ"},
        };
        Stream.Builder<Arguments> all = Stream.builder();
        for (String[] row : rows) {
            for (int tone = 1; tone < row.length; tone++) {
                all.add(Arguments.of(row[tone], row[0]));
                all.add(Arguments.of(row[tone].toUpperCase(Locale.ROOT), row[0]));
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("vowelsWithEveryTone")
    void foldsEveryVowelAndToneToItsPlainLetter(String vowel, String plain) {
        assertThat(Slugs.slugify("x" + vowel + "x")).isEqualTo("x" + plain + "x");
        assertThat(Slugs.foldToAscii(vowel)).isEqualToIgnoringCase(plain);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("vowelsWithEveryTone")
    void foldsDecomposedInputTheSameWay(String vowel, String plain) {
        String decomposed = Normalizer.normalize(vowel, Normalizer.Form.NFD);
        assertThat(Slugs.slugify(decomposed)).isEqualTo(plain);
    }

    @Test
    void foldsDWithStroke() {
        assertThat(Slugs.slugify("đ")).isEqualTo("d");
        assertThat(Slugs.slugify("Đ")).isEqualTo("d");
        assertThat(Slugs.foldToAscii("Đồng Nai đẹp")).isEqualTo("Dong Nai dep");
    }

    @Test
    void makesSlugsFromTitles() {
        assertThat(Slugs.slugify("tăng cường")).isEqualTo("tang-cuong");
        assertThat(Slugs.slugify("Tăng cường tuyên truyền công tác cải cách hành chính trên địa bàn tỉnh"))
                .isEqualTo("tang-cuong-tuyen-truyen-cong-tac-cai-cach-hanh-chinh-tren-dia-ban-tinh");
        assertThat(Slugs.slugify("Kế hoạch số 1376/KH-UBND: “Đổi mới” năm 2021!"))
                .isEqualTo("ke-hoach-so-1376-kh-ubnd-doi-moi-nam-2021");
        assertThat(Slugs.slugify("  --Hợp tác   quốc tế--  ")).isEqualTo("hop-tac-quoc-te");
        assertThat(Slugs.slugify("!!!")).isEmpty();
        assertThat(Slugs.slugify(null)).isEmpty();
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = Slugs.slugify("Hội nghị tổng kết công tác đối ngoại ".repeat(10));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-").startsWith("hoi-nghi-tong-ket");
        assertThat(Slugs.isWellFormed(slug)).isTrue();
    }

    @Test
    void makesSlugsUniqueWithANumber() {
        Set<String> taken = Set.of("thong-bao", "thong-bao-2");
        assertThat(Slugs.unique("Thông báo", taken::contains)).isEqualTo("thong-bao-3");
        assertThat(Slugs.unique("Tin mới", taken::contains)).isEqualTo("tin-moi");
        assertThat(Slugs.unique("???", s -> false)).isEqualTo("bai-viet");
    }

    @Test
    void recognisesWellFormedSlugsOnly() {
        assertThat(Slugs.isWellFormed("tang-cuong-2021")).isTrue();
        assertThat(Slugs.isWellFormed("")).isFalse();
        assertThat(Slugs.isWellFormed("Tang-cuong")).isFalse();
        assertThat(Slugs.isWellFormed("tăng")).isFalse();
        assertThat(Slugs.isWellFormed("-tang")).isFalse();
        assertThat(Slugs.isWellFormed("tang-")).isFalse();
        assertThat(Slugs.isWellFormed("-")).isFalse();
        assertThat(Slugs.isWellFormed("a")).isTrue();
        assertThat(Slugs.isWellFormed("tang--cuong")).isFalse();
        assertThat(Slugs.isWellFormed("tang/cuong")).isFalse();
        assertThat(Slugs.isWellFormed("tang\u0000")).isFalse();
        assertThat(Slugs.isWellFormed("a".repeat(500))).isFalse();
        assertThat(Slugs.isWellFormed(null)).isFalse();
    }
}
