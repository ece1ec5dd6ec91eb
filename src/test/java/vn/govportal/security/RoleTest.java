package vn.govportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertThat(Role.AUTHOR.groups()).containsExactly("AUTHOR");
        assertThat(Role.EDITOR.groups()).containsExactly("AUTHOR", "EDITOR");
        assertThat(Role.ADMIN.groups()).containsExactly("AUTHOR", "EDITOR", "ADMIN");
    }
}
