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

    @Test
    void aMembersRoleIsTheHighestOfTheirGroups() {
        assertThat(Role.highestOf(Role.EDITOR.groups())).contains(Role.EDITOR);
        assertThat(Role.highestOf(java.util.Set.of("ADMIN", "AUTHOR"))).contains(Role.ADMIN);
        assertThat(Role.highestOf(java.util.Set.of("admin", "guest"))).isEmpty();
        assertThat(Role.EDITOR.includes(Role.AUTHOR)).isTrue();
        assertThat(Role.EDITOR.includes(Role.ADMIN)).isFalse();
    }
}
