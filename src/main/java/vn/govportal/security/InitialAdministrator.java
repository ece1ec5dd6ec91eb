package vn.govportal.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import vn.govportal.database.DatabaseStatus;

/**
 * On the first start, when no staff account exists, creates the administrator "admin". Its
 * password comes from the environment variable {@code GOVPORTAL_ADMIN_PASSWORD}; without it, a
 * random password is generated and logged this once. No password is ever shipped with the portal.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
public class InitialAdministrator {

    static final String USERNAME = "admin";
    static final String PASSWORD_VARIABLE = "GOVPORTAL_ADMIN_PASSWORD";

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @Inject
    private StaffAccountService accounts;

    @Inject
    private DatabaseStatus database;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the account is created in a transaction of its own
    void createIfNoStaff() {
        if (!database.isAvailable() || accounts.count() > 0) {
            return;
        }
        String given = System.getenv(PASSWORD_VARIABLE);
        boolean generated = given == null || given.isBlank();
        String password = generated ? PasswordHashing.randomPassword(16) : given;
        try {
            accounts.create(USERNAME, "Quản trị hệ thống", Role.ADMIN, password, "system");
        } catch (RuntimeException e) {
            if (accounts.count() > 0) {
                // Another instance starting on the same empty database created it first.
                LOG.info("The administrator account was created by another instance of the portal");
                return;
            }
            throw e;
        }
        if (generated) {
            LOG.warning(() -> "Created the administrator account \"" + USERNAME + "\" with the generated password "
                    + password + " . Sign in at /admin and change it; it is not shown again.");
        } else {
            LOG.info(() -> "Created the administrator account \"" + USERNAME + "\" with the password from "
                    + PASSWORD_VARIABLE + ".");
        }
    }
}
