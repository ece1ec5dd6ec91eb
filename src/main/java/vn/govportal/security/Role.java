package vn.govportal.security;

import java.util.EnumSet;
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
}
