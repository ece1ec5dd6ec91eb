package vn.govportal.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormTokensTest {

    private static final Instant MADE = Instant.parse("2026-12-06T08:00:00Z");
    private static final Duration FILL = Duration.ofSeconds(3);
    private final FormTokens tokens = new FormTokens("a key of thirty-two bytes, exact".getBytes(StandardCharsets.US_ASCII));

    @Test
    void aTokenSentAfterTheTimeToFillTheFormIsValidForADay() {
        String token = tokens.issue(MADE);
        assertThat(tokens.check(token, MADE.plusSeconds(3), FILL)).isEqualTo(FormTokens.Check.VALID);
        assertThat(tokens.check(token, MADE.plus(Duration.ofHours(23)), FILL)).isEqualTo(FormTokens.Check.VALID);
    }

    @Test
    void aTokenSentSoonerThanAPersonTypesIsTooFast() {
        assertThat(tokens.check(tokens.issue(MADE), MADE.plusMillis(2_999), FILL)).isEqualTo(FormTokens.Check.TOO_FAST);
    }

    @Test
    void aTokenOlderThanADayHasExpired() {
        assertThat(tokens.check(tokens.issue(MADE), MADE.plus(Duration.ofHours(25)), FILL)).isEqualTo(FormTokens.Check.EXPIRED);
    }

    @Test
    void aTokenWithAnotherTimeOrSignatureOrKeyIsForged() {
        String token = tokens.issue(MADE);
        String signature = token.substring(token.indexOf('.'));
        // Made to look older, to pass the time check: the signature no longer matches.
        assertThat(tokens.check((MADE.toEpochMilli() - 60_000) + signature, MADE.plusSeconds(5), FILL)).isEqualTo(FormTokens.Check.FORGED);
        assertThat(tokens.check(token.substring(0, token.length() - 2) + "AA", MADE.plusSeconds(5), FILL)).isEqualTo(FormTokens.Check.FORGED);
        FormTokens otherSite = new FormTokens("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII));
        assertThat(otherSite.check(token, MADE.plusSeconds(5), FILL)).isEqualTo(FormTokens.Check.FORGED);
    }

    @Test
    void anythingElseIsForged() {
        for (String junk : new String[] {null, "", ".", "abc", "123.", ".abc", "x".repeat(500), "12a.bcd"}) {
            assertThat(tokens.check(junk, MADE, FILL)).as(String.valueOf(junk)).isEqualTo(FormTokens.Check.FORGED);
        }
    }
}
