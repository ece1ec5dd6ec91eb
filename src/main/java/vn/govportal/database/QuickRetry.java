package vn.govportal.database;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that met a broken connection three times, five seconds apart, so
 * during an outage every page waited ten seconds before failing. One immediate retry is enough:
 * the pool validates the connection it hands out (see {@link DatabaseStartup}), so the retry
 * either gets a working one or fails at once, and the request is answered as an outage.
 */
public class QuickRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
