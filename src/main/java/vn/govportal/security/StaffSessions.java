package vn.govportal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a signed-in session was granted, so that a later change to the account (disabled, another
 * role, a password reset by an administrator) ends the sessions it opened instead of leaving
 * them with what they had.
 */
public final class StaffSessions {

    static final String STAMP = "govportal.staff.stamp";
    static final String USERNAME = "govportal.staff.username";
    static final String DISPLAY_NAME = "govportal.staff.displayName";
    static final String ROLE = "govportal.staff.role";

    private StaffSessions() {
    }

    /** The account's current grant: role and password; empty if it may not sign in at all. */
    public static Optional<String> stampOf(StaffAccount account) {
        if (account == null || !account.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(account.getRole().name() + ':' + digest(account.getPasswordHash()));
    }

    /**
     * Records, in the session, what the account was granted when it signed in (or changed its own
     * password), and the name and role the console's header shows: a change to either ends the
     * session, so the header never needs the database (nor fails when it cannot be reached).
     */
    public static void remember(HttpServletRequest request, StaffAccount account) {
        stampOf(account).ifPresent(stamp -> {
            HttpSession session = request.getSession();
            session.setAttribute(STAMP, stamp);
            session.setAttribute(USERNAME, account.getUsername());
            session.setAttribute(DISPLAY_NAME, account.getDisplayName());
            session.setAttribute(ROLE, account.getRole());
        });
    }

    /** Signs the session out, keeping the session itself (and the form being filled in it). */
    public static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            for (String name : new String[] {STAMP, USERNAME, DISPLAY_NAME, ROLE}) {
                session.removeAttribute(name);
            }
        } catch (IllegalStateException ended) {
            // already ended: nobody is signed in with it
        }
    }

    /** The signed-in member's name, as recorded at sign-in; empty without a signed-in session. */
    public static Optional<String> displayName(HttpSession session) {
        return attribute(session, DISPLAY_NAME, String.class);
    }

    /** The signed-in member's username, as recorded at sign-in; empty without a signed-in session. */
    public static Optional<String> username(HttpSession session) {
        return attribute(session, USERNAME, String.class);
    }

    /** The signed-in member's role, as recorded at sign-in. */
    public static Optional<Role> role(HttpSession session) {
        return attribute(session, ROLE, Role.class);
    }

    private static <T> Optional<T> attribute(HttpSession session, String name, Class<T> type) {
        try {
            Object value = session == null ? null : session.getAttribute(name);
            return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
        } catch (IllegalStateException ended) {
            return Optional.empty();
        }
    }

    /** Whether this session's grant is still the account's current one. */
    public static boolean isCurrent(HttpSession session, Optional<StaffAccount> account) {
        Object granted;
        try {
            granted = session == null ? null : session.getAttribute(STAMP);
        } catch (IllegalStateException ended) {
            return false; // another request of the same browser ended this session a moment ago
        }
        return granted != null && account.flatMap(StaffSessions::stampOf).map(granted::equals).orElse(false);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
