package vn.govportal.security;

import jakarta.ejb.ApplicationException;

/**
 * A call the signed-in member's role does not allow (or made with nobody signed in). Refused
 * before the method runs, and it leaves the caller's transaction as it was: a bulk action that
 * meets one item its author may not touch counts it as refused and carries on with the rest.
 * A page that meets it shows the "not allowed" page (403).
 */
@ApplicationException(rollback = false, inherited = true)
public class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message) {
        super(message);
    }
}
