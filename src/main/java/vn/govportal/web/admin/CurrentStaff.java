package vn.govportal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import vn.govportal.security.Role;
import vn.govportal.security.StaffAccount;
import vn.govportal.security.StaffAccountService;
import vn.govportal.web.Messages;

/** Who is signed in to the admin console, for its header. */
@Named("staff")
@RequestScoped
public class CurrentStaff {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private StaffAccountService accounts;

    private String displayName;
    private Role role;

    @PostConstruct
    void load() {
        if (securityContext.getCallerPrincipal() == null) {
            return;
        }
        StaffAccount account = accounts.findByUsername(securityContext.getCallerPrincipal().getName()).orElse(null);
        if (account != null) {
            displayName = account.getDisplayName();
            role = account.getRole();
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoleLabel() {
        return role == null ? "" : Messages.text(role.getMessageKey());
    }
}
