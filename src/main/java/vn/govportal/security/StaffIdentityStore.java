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
import vn.govportal.client.ClientFilter;
import vn.govportal.cluster.ClusterTime;

/**
 * Checks staff sign-ins against the accounts in the database, slows down repeated failures
 * (see {@link SignInThrottle}) and records every attempt in the audit log.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    /** Set on the request when a sign-in was refused for waiting, so the page can say how long. */
    public static final String THROTTLED = "govportal.signInWait";

    private static final String UNKNOWN_ACCOUNT_HASH = PasswordHashing.hash(PasswordHashing.randomPassword(20));

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
        String address = ClientFilter.address(request);
        Instant now = ClusterTime.now();

        Duration wait = throttle.waitBeforeAttempt(username, address, now);
        // A sign-in attempt from a signed-in session starts over: whatever it gives, it is the session's grant.
        StaffSessions.forget(request);
        if (!wait.isZero()) {
            request.setAttribute(THROTTLED, wait);
            audit.record(username, address, "SIGN_IN_THROTTLED", null, null, "wait " + wait.toSeconds() + " s");
            return INVALID_RESULT;
        }
        Optional<StaffAccount> account = accounts.findByUsername(username);
        // An unknown name costs the same hashing as a known one, so timing does not tell which names exist.
        boolean passwordMatches = PasswordHashing.verify(login.getPasswordAsString(),
                account.map(StaffAccount::getPasswordHash).orElse(UNKNOWN_ACCOUNT_HASH));
        boolean valid = account.isPresent() && passwordMatches && account.get().isEnabled();
        if (!valid) {
            throttle.failed(username, address, now);
            audit.record(username, address, "SIGN_IN_FAILED", null, null,
                    account.isEmpty() ? "unknown account" : account.get().isEnabled() ? "wrong password" : "account disabled");
            return INVALID_RESULT;
        }
        throttle.succeeded(username, address);
        audit.record(username, address, "SIGN_IN", "StaffAccount", account.get().getId(), null);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id known before signing in is worth nothing after it
        }
        StaffSessions.remember(request, account.get());
        return new CredentialValidationResult(username, account.get().getRole().groups());
    }
}
