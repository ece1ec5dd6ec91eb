package vn.govportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import vn.govportal.audit.AuditLog;
import vn.govportal.client.ClientFilter;
import vn.govportal.security.Caller;

/** Signs the member out: ends the session and returns to the public home page. */
@Named("signOut")
@RequestScoped
public class SignOutBacking {

    @Inject
    private FacesContext faces;

    @Inject
    private AuditLog audit;

    @Inject
    private Caller caller;

    public void submit() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = caller.username().orElse(null);
        caller.signOut(request);
        external.invalidateSession();
        if (user != null) {
            audit.record(user, ClientFilter.address(request), "SIGN_OUT", null, null, null);
        }
        external.redirect(external.getRequestContextPath() + "/");
    }
}
