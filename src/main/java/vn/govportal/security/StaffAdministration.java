package vn.govportal.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Pattern;
import vn.govportal.audit.AuditLog;
import vn.govportal.publishing.EditRefused;

/**
 * Administrators manage staff accounts: create them, assign roles, disable and re-enable them,
 * reset passwords. New and reset passwords are generated, shown to the administrator once and
 * stored only as hashes. An administrator cannot disable or demote their own account, so the
 * console always keeps one.
 */
@Stateless
@RequiresRole(Role.ADMIN)
public class StaffAdministration {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    static final int GENERATED_PASSWORD_LENGTH = 14;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private StaffAccountService accounts;

    @Inject
    private AuditLog audit;

    public List<StaffAccount> all() {
        return em.createNamedQuery("StaffAccount.findAll", StaffAccount.class).getResultList();
    }

    /** Creates an account and returns its generated password, to be handed to its owner. */
    public String create(String username, String displayName, Role role) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new EditRefused("username", "users.refused.username");
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw new EditRefused("username", "users.refused.taken", name);
        }
        String display = displayName == null ? "" : displayName.strip();
        if (display.isEmpty() || display.length() > 200) {
            throw new EditRefused("displayName", "article.refused.required");
        }
        if (role == null) {
            throw new EditRefused("role", "article.refused.required");
        }
        String password = PasswordHashing.randomPassword(GENERATED_PASSWORD_LENGTH);
        accounts.create(name, display, role, password, caller());
        return password;
    }

    public void changeRole(long id, Role role) {
        StaffAccount account = account(id);
        if (account.getUsername().equals(caller()) && role != Role.ADMIN) {
            throw new EditRefused(null, "users.refused.self");
        }
        Role before = account.getRole();
        account.setRole(role);
        audit.record(caller(), null, "ACCOUNT_ROLE_CHANGED", "StaffAccount", id, account.getUsername() + ": " + before + " -> " + role);
    }

    public void setEnabled(long id, boolean enabled) {
        StaffAccount account = account(id);
        if (account.getUsername().equals(caller()) && !enabled) {
            throw new EditRefused(null, "users.refused.self");
        }
        account.setEnabled(enabled);
        audit.record(caller(), null, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "StaffAccount", id, account.getUsername());
    }

    /** Gives the account a new generated password and returns it, to be handed to its owner. */
    public String resetPassword(long id) {
        StaffAccount account = account(id);
        String password = PasswordHashing.randomPassword(GENERATED_PASSWORD_LENGTH);
        account.setPasswordHash(PasswordHashing.hash(password));
        audit.record(caller(), null, "ACCOUNT_PASSWORD_RESET", "StaffAccount", id, account.getUsername());
        return password;
    }

    private StaffAccount account(long id) {
        StaffAccount account = em.find(StaffAccount.class, id);
        if (account == null) {
            throw new EditRefused(null, "users.refused.missing");
        }
        return account;
    }

    private String caller() {
        return caller.name();
    }
}
