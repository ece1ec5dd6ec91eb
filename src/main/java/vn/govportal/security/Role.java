package vn.govportal.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a staff member may do. Each role includes the ones below it: an editor can do what an
 * author can, an administrator what an editor can.
 */
public enum Role {
    AUTHOR("Tác giả"),
    EDITOR("Biên tập viên"),
    ADMIN("Quản trị");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The security groups a member with this role belongs to: the role and every role below it. */
    public Set<String> groups() {
        Set<String> groups = new java.util.LinkedHashSet<>();
        for (Role role : EnumSet.range(AUTHOR, this)) {
            groups.add(role.name());
        }
        return groups;
    }
}
