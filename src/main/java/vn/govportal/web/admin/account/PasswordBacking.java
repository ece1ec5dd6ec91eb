package vn.govportal.web.admin.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import vn.govportal.client.ClientFilter;
import vn.govportal.security.Caller;
import vn.govportal.security.StaffAccount;
import vn.govportal.security.StaffAccountService.PasswordChangeRefused;
import vn.govportal.security.StaffAccountService;
import vn.govportal.security.StaffSessions;
import vn.govportal.web.Messages;

/** Backs {@code /admin/account/password.xhtml}: a member changes their own password. */
@Named("passwordPage")
@RequestScoped
public class PasswordBacking {

    @Inject
    private Caller caller;

    @Inject
    private StaffAccountService accounts;

    @Inject
    private FacesContext faces;

    @NotBlank
    private String current;

    @NotBlank
    @Size(min = StaffAccountService.MIN_PASSWORD_LENGTH, max = 200)
    private String replacement;

    @NotBlank
    private String confirmation;

    public void submit() throws IOException {
        if (!replacement.equals(confirmation)) {
            faces.addMessage("password:confirmation", error("password.mismatch"));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            StaffAccount changed = accounts.changeOwnPassword(caller.name(), current, replacement, ClientFilter.address(request));
            // This session stays signed in; others opened with the old password end at their next click.
            StaffSessions.remember(request, changed);
        } catch (PasswordChangeRefused e) {
            String field = "current".equals(e.getReason()) ? "password:current" : "password:replacement";
            faces.addMessage(field, error("password.refused." + e.getReason()));
            return;
        }
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("password.changed"), null));
        external.redirect(external.getRequestContextPath() + "/admin/");
    }

    private static FacesMessage error(String key) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(key), null);
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
