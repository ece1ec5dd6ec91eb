package vn.govportal.web.admin.users;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.publishing.EditRefused;
import vn.govportal.security.Role;
import vn.govportal.security.StaffAccount;
import vn.govportal.security.StaffAdministration;
import vn.govportal.web.Messages;
import vn.govportal.web.admin.Refusals;

/** Backs {@code /admin/users/}: administrators create accounts, set roles, disable them and reset passwords. */
@Named("usersPage")
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffAdministration administration;

    @Inject
    private FacesContext faces;

    private List<StaffAccount> accounts;
    private String username;
    private String displayName;
    private Role role = Role.AUTHOR;

    @PostConstruct
    void load() {
        accounts = administration.all();
    }

    public void create() {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        String password = attempt(() -> administration.create(username, displayName, role));
        if (password != null) {
            announcePassword(name, password);
            username = null;
            displayName = null;
            role = Role.AUTHOR;
            load();
        }
    }

    public void changeRole(StaffAccount account, Role newRole) {
        if (attempt(() -> {
            administration.changeRole(account.getId(), newRole);
            return Boolean.TRUE;
        }) != null) {
            info(Messages.format("users.roleChanged", account.getUsername(), newRole));
            load();
        }
    }

    public void toggleEnabled(StaffAccount account) {
        boolean enable = !account.isEnabled();
        if (attempt(() -> {
            administration.setEnabled(account.getId(), enable);
            return Boolean.TRUE;
        }) != null) {
            info(Messages.format(enable ? "users.enabled" : "users.disabled", account.getUsername()));
            load();
        }
    }

    public void resetPassword(StaffAccount account) {
        String password = attempt(() -> administration.resetPassword(account.getId()));
        if (password != null) {
            announcePassword(account.getUsername(), password);
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    private void announcePassword(String user, String password) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                Messages.format("users.password", user, password), null));
    }

    private void info(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (EditRefused e) {
            Refusals.show(faces, "create", e);
            return null;
        }
    }

    public List<StaffAccount> getAccounts() {
        return accounts;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
