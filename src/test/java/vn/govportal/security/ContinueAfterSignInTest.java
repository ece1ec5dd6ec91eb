package vn.govportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContinueAfterSignInTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/", "/admin/articles/", "/admin/articles/edit.xhtml?id=12"})
    void continuesToTheAdminPageAskedFor(String page) {
        assertThat(StaffSignInFilter.continueTo(page)).isEqualTo(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/admin/", "/admin//evil.example", "/admin/../bai-viet/x",
        "/admin/\\evil", "javascript:alert(1)", "/bai-viet/x", "", "/admin/\r\nSet-Cookie:x=y"})
    void ignoresAnythingElse(String page) {
        assertThat(StaffSignInFilter.continueTo(page)).isEqualTo("/admin/");
    }
}
