package vn.govportal.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Set<String> TAKEN = Set.of("taken-address");

    private static Translation typed(String title, String slug, String lead, String body) {
        return new Translation(title, slug, lead, body, true);
    }

    @Test
    void anEnglishTabLeftEmptyIsNoEnglishVersion() {
        assertThat(Translations.checked(typed(null, null, null, null), TAKEN::contains, true)).isNull();
        assertThat(Translations.checked(typed(" ", "", "  ", "<p><br data-mce-bogus=\"1\"></p>"), TAKEN::contains, true)).isNull();
        assertThat(Translations.checked(typed("", "", "", "<p>&nbsp;</p>"), TAKEN::contains, false)).isNull();
    }

    @Test
    void aVersionIsCleanedAndGivenAnAddressOfItsOwn() {
        Translation english = Translations.checked(typed("  Dong Nai signs a memorandum  ", "", "A lead.",
                "<p onclick=\"x()\">Text <script>bad()</script>kept.</p>"), TAKEN::contains, true);
        assertThat(english.getTitle()).isEqualTo("Dong Nai signs a memorandum");
        assertThat(english.getSlug()).isEqualTo("dong-nai-signs-a-memorandum");
        assertThat(english.getLead()).isEqualTo("A lead.");
        assertThat(english.getBody()).isEqualTo(HtmlSanitizer.clean("<p>Text kept.</p>"));
        assertThat(english.isPublished()).isTrue();
        assertThat(Translations.checked(typed("Taken address", "", "", "<p>x</p>"), TAKEN::contains, false).getSlug())
                .isNotEqualTo("taken-address").startsWith("taken-address");
        // An address typed with capitals or diacritics is folded, as for the Vietnamese one.
        assertThat(Translations.checked(typed("T", "Đồng Nai News", "", "<p>x</p>"), TAKEN::contains, false).getSlug())
                .isEqualTo("dong-nai-news");
    }

    @Test
    void whatIsMissingOrWrongIsRefusedOnItsOwnField() {
        assertThatThrownBy(() -> Translations.checked(typed("", "", "", "<p>Text only</p>"), TAKEN::contains, true))
                .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.getField()).isEqualTo("titleEn"));
        assertThatThrownBy(() -> Translations.checked(typed("A title only", "", "", "<p></p>"), TAKEN::contains, true))
                .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.getField()).isEqualTo("bodyEn"));
        assertThatThrownBy(() -> Translations.checked(typed("T", "taken-address", "", "<p>x</p>"), TAKEN::contains, true))
                .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.getField()).isEqualTo("slugEn"));
        assertThatThrownBy(() -> Translations.checked(typed("T", "", "x".repeat(2001), "<p>x</p>"), TAKEN::contains, true))
                .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.getField()).isEqualTo("leadEn"));
        assertThatThrownBy(() -> Translations.checked(typed("x".repeat(501), "", "", "<p>x</p>"), TAKEN::contains, true))
                .isInstanceOfSatisfying(EditRefused.class, e -> assertThat(e.getField()).isEqualTo("titleEn"));
    }
}
