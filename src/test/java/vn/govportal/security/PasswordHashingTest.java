package vn.govportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = PasswordHashing.hash("Mật khẩu đúng 2026");

        assertThat(PasswordHashing.verify("Mật khẩu đúng 2026", hash)).isTrue();
        assertThat(PasswordHashing.verify("Mat khau dung 2026", hash)).isFalse();
        assertThat(PasswordHashing.verify("", hash)).isFalse();
    }

    @Test
    void storesNoPlainTextAndSaltsEachHash() {
        String first = PasswordHashing.hash("same password");
        String second = PasswordHashing.hash("same password");

        assertThat(first).doesNotContain("same password").startsWith("pbkdf2-sha256$" + PasswordHashing.ITERATIONS + "$");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void refusesMalformedHashes() {
        assertThat(PasswordHashing.verify("x", null)).isFalse();
        assertThat(PasswordHashing.verify("x", "")).isFalse();
        assertThat(PasswordHashing.verify("x", "plain-text-password")).isFalse();
        assertThat(PasswordHashing.verify("x", "pbkdf2-sha256$abc$AAAA$AAAA")).isFalse();
        assertThat(PasswordHashing.verify("x", "md5$1$AAAA$AAAA")).isFalse();
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        String a = PasswordHashing.randomPassword(16);
        assertThat(a).hasSize(16).matches("[A-Za-z0-9]+");
        assertThat(PasswordHashing.randomPassword(16)).isNotEqualTo(a);
    }
}
