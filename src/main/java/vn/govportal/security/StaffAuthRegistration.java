package vn.govportal.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Gives the container {@link StaffAuthModule} as this application's one authentication module
 * (Jakarta Authentication's own registration, before the first request). The module is registered
 * directly rather than as a Jakarta Security mechanism: the container asks it about every request,
 * and the bridge Jakarta Security puts in between looks the mechanism up anew each time, a cost
 * every public page would pay.
 */
@WebListener
public class StaffAuthRegistration implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        StaffIdentityStore accounts = CDI.current().select(StaffIdentityStore.class).get();
        AuthConfigFactory.getFactory().registerServerAuthModule(new StaffAuthModule(accounts::validate), event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
    }
}
