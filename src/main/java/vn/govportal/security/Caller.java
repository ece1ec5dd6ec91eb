package vn.govportal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The staff member the current request acts for, if any. {@link StaffSignInFilter} signs each
 * console request in from what its session was granted (or, for the backup download only, from
 * HTTP Basic); {@link RoleCheck} asks it before every call to a bean that needs a role, and the
 * beans ask it who to record as the author of a change. Public pages never reach the filter:
 * for them nobody is signed in, and nothing is asked.
 */
@RequestScoped
public class Caller {

    @Inject
    StaffIdentityStore accounts;

    private String username;
    private Role role;
    private boolean basic;

    /** Whether a staff member is signed in for this request. */
    public boolean isSignedIn() {
        return username != null;
    }

    /** The signed-in member's username; empty for a visitor. */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * The signed-in member's username, as the author of what a bean records. Beans ask only
     * behind a role check, so a request with nobody signed in never gets this far.
     */
    public String name() {
        if (username == null) {
            throw new NotPermittedException("Nobody is signed in");
        }
        return username;
    }

    /** Whether the signed-in member may do what the role allows (each role includes those below it). */
    public boolean has(Role required) {
        return role != null && role.includes(required);
    }

    /** {@link #has(Role)} by the role's name, as the servlet API asks it; false for an unknown name. */
    public boolean has(String roleName) {
        return role != null && Role.named(roleName).map(role::includes).orElse(false);
    }

    /** Whether this request was signed in with HTTP Basic (the backup download). */
    public boolean isBasic() {
        return basic;
    }

    /**
     * Signs in with a typed credential, as a new authentication: the identity store decides
     * (throttled, audited, the session's grant recorded), even in a session already signed in.
     */
    public boolean signIn(Credential credential) {
        return signIn(credential, false);
    }

    boolean signIn(Credential credential, boolean withBasic) {
        CredentialValidationResult result = accounts.validate(credential);
        Optional<Role> granted = result.getStatus() == CredentialValidationResult.Status.VALID
                ? Role.highestOf(result.getCallerGroups()) : Optional.empty();
        if (granted.isEmpty()) {
            clear();
            return false;
        }
        actFor(result.getCallerPrincipal().getName(), granted.get(), withBasic);
        return true;
    }

    /** Signs the member out, keeping the session itself (and any form being filled in it). */
    public void signOut(HttpServletRequest request) {
        StaffSessions.forget(request);
        clear();
    }

    void actFor(String member, Role granted, boolean withBasic) {
        this.username = member;
        this.role = granted;
        this.basic = withBasic;
    }

    private void clear() {
        username = null;
        role = null;
        basic = false;
    }
}
