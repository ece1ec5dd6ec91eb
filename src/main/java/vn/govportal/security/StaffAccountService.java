package vn.govportal.security;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.govportal.audit.AuditLog;

@Stateless
public class StaffAccountService {

    /** The shortest password staff may choose. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    public Optional<StaffAccount> findByUsername(String username) {
        return em.createNamedQuery("StaffAccount.findByUsername", StaffAccount.class)
                .setParameter("username", username)
                .getResultList()
                .stream()
                .findFirst();
    }

    public long count() {
        return em.createNamedQuery("StaffAccount.count", Long.class).getSingleResult();
    }

    public StaffAccount create(String username, String displayName, Role role, String password, String createdBy) {
        StaffAccount account = new StaffAccount(username, displayName, role, PasswordHashing.hash(password));
        em.persist(account);
        em.flush();
        audit.record(createdBy, null, "ACCOUNT_CREATED", "StaffAccount", account.getId(), username + " (" + role + ")");
        return account;
    }

    /** Changes a member's own password, after checking the current one; returns the changed account. */
    public StaffAccount changeOwnPassword(String username, String current, String replacement, String address) {
        StaffAccount account = findByUsername(username).orElseThrow(() -> new PasswordChangeRefused("unknown"));
        if (!PasswordHashing.verify(current, account.getPasswordHash())) {
            audit.record(username, address, "PASSWORD_CHANGE_REFUSED", "StaffAccount", account.getId(), "wrong current password");
            throw new PasswordChangeRefused("current");
        }
        if (replacement == null || replacement.length() < MIN_PASSWORD_LENGTH) {
            throw new PasswordChangeRefused("short");
        }
        if (replacement.equals(current)) {
            throw new PasswordChangeRefused("same");
        }
        account.setPasswordHash(PasswordHashing.hash(replacement));
        audit.record(username, address, "PASSWORD_CHANGED", "StaffAccount", account.getId(), null);
        return account;
    }

    /** Why a password change was refused: "current" (wrong), "short", "same" or "unknown". */
    @ApplicationException(rollback = true)
    public static class PasswordChangeRefused extends RuntimeException {

        private final String reason;

        public PasswordChangeRefused(String reason) {
            super("Password change refused: " + reason);
            this.reason = reason;
        }

        public String getReason() {
            return reason;
        }
    }
}
