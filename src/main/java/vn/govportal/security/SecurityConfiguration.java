package vn.govportal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Staff sign in with a form at {@code /login.xhtml}; a request for an admin page without a
 * signed-in user is sent there and continues after signing in. Accounts come from
 * {@link StaffIdentityStore}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"AUTHOR", "EDITOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
