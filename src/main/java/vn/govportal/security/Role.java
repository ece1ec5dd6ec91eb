package vn.govportal.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.govportal.text.Translatable;

/**
 * What a staff member may do. Each role includes the ones below it: an editor can do what an
 * author can, an administrator what an editor can.
 */
public enum Role implements Translatable {
    AUTHOR,
    EDITOR,
    ADMIN;

    @Override
    public String getMessageKey() {
        return "role." + name();
    }

    /** The security groups a member with this role belongs to: the role and every role below it. */
    public Set<String> groups() {
        Set<String> groups = new java.util.LinkedHashSet<>();
        for (Role role : EnumSet.range(AUTHOR, this)) {
            groups.add(role.name());
        }
        return groups;
    }

    /** Whether a member with this role may do what {@code other} allows. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The role of this name ({@code "EDITOR"}); empty for anything else. */
    public static Optional<Role> named(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }

    /** The highest role among a member's groups (see {@link #groups()}); empty if none is one. */
    public static Optional<Role> highestOf(Collection<String> groups) {
        return groups.stream().map(Role::named).flatMap(Optional::stream).max(Enum::compareTo);
    }
}
