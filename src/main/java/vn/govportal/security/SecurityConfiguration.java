package vn.govportal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the admin console (see {@link Role}); staff sign in through
 * {@link StaffAuthModule} against the accounts of {@link StaffIdentityStore}.
 */
@DeclareRoles({"AUTHOR", "EDITOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {
}
