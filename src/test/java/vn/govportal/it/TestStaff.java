package vn.govportal.it;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.govportal.security.PasswordHashing;
import vn.govportal.security.Role;

/** A staff account made for one test, with a password only that test knows. */
record TestStaff(String username, String password, String displayName) {

    static TestStaff create(Role role) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestStaff staff = new TestStaff("it-" + role.name().toLowerCase() + "-" + suffix,
                PasswordHashing.randomPassword(16), "Kiểm thử " + role.name().toLowerCase() + " " + suffix);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TestDatabase.update("INSERT INTO staff_account (username, display_name, password_hash, role, enabled, created_at,"
                + " updated_at, version) VALUES (?, ?, ?, ?, TRUE, ?, ?, 0)",
                staff.username, staff.displayName, PasswordHashing.hash(staff.password), role.name(), now, now);
        return staff;
    }
}
