package vn.govportal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import vn.govportal.security.Caller;
import vn.govportal.security.Role;
import vn.govportal.security.StaffSessions;
import vn.govportal.web.Messages;

/** Who is signed in to the admin console, for its header: as recorded in the session at sign-in. */
@Named("staff")
@RequestScoped
public class CurrentStaff {

    @Inject
    private HttpServletRequest request;

    @Inject
    private Caller caller;

    private String displayName;
    private Role role;

    @PostConstruct
    void load() {
        HttpSession session = request.getSession(false);
        displayName = StaffSessions.displayName(session).orElse(caller.username().orElse(""));
        role = StaffSessions.role(session).orElse(null);
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoleLabel() {
        return role == null ? "" : Messages.text(role.getMessageKey());
    }
}
