package vn.govportal.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.govportal.audit.AuditLog;

/**
 * Checks staff sign-ins against the accounts in the database, slows down repeated failures
 * (see {@link SignInThrottle}) and records every attempt in the audit log.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    /** Set on the request when a sign-in was refused for waiting, so the page can say how long. */
    public static final String THROTTLED = "govportal.signInWait";

    @Inject
    private StaffAccountService accounts;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private AuditLog audit;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller() == null ? "" : login.getCaller().trim();
        String address = request.getRemoteAddr();
        Instant now = Instant.now();

        Duration wait = throttle.waitBeforeAttempt(username, address, now);
        if (!wait.isZero()) {
            request.setAttribute(THROTTLED, wait);
            audit.record(username, address, "SIGN_IN_THROTTLED", null, null, "wait " + wait.toSeconds() + " s");
            return INVALID_RESULT;
        }
        Optional<StaffAccount> account = accounts.findByUsername(username);
        boolean valid = account.isPresent()
                && PasswordHashing.verify(login.getPasswordAsString(), account.get().getPasswordHash())
                && account.get().isEnabled();
        if (!valid) {
            throttle.failed(username, address, now);
            audit.record(username, address, "SIGN_IN_FAILED", null, null,
                    account.isEmpty() ? "unknown account" : account.get().isEnabled() ? "wrong password" : "account disabled");
            return INVALID_RESULT;
        }
        throttle.succeeded(username);
        audit.record(username, address, "SIGN_IN", "StaffAccount", account.get().getId(), null);
        return new CredentialValidationResult(username, account.get().getRole().groups());
    }
}
