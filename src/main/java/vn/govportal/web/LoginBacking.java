package vn.govportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import vn.govportal.security.Caller;
import vn.govportal.security.StaffIdentityStore;
import vn.govportal.security.StaffSignInFilter;

/** Backs {@code /login.xhtml}: staff sign in, then continue to the admin page they asked for. */
@Named("login")
@RequestScoped
public class LoginBacking {

    @Inject
    private FacesContext faces;

    @Inject
    private Caller caller;

    @NotBlank
    @Size(max = 60)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new authentication: whoever signs in here proves it with this password, the browser's earlier
        // sign-in counts for nothing; checked by the identity store (throttled, audited).
        caller.signOut(request);
        boolean signedIn = caller.signIn(new UsernamePasswordCredential(username.trim(), new Password(password)));
        if (signedIn) {
            external.redirect(external.getRequestContextPath() + StaffSignInFilter.continueTo(
                    external.getRequestParameterMap().get(StaffSignInFilter.CONTINUE_PARAMETER)));
            return;
        }
        Duration wait = (Duration) request.getAttribute(StaffIdentityStore.THROTTLED);
        String text = wait != null
                ? Messages.format("login.throttled", Math.max(1, wait.toSeconds()))
                : Messages.text("login.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
