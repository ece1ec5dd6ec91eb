package vn.govportal.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.demo.DemoContent;

/**
 * Brings the database up to date when the portal starts: Flyway migrations, then the demo
 * content if the database is empty and demo content is switched on. A database that cannot be
 * reached at all stops the process first (see {@link GovportalDataSource}); one that is reached
 * but cannot be migrated is reported in one log line, and the portal answers with a maintenance
 * page (see {@link DatabaseStatus}) instead of failing on every request.
 */
@DataSourceDefinition(
        name = DatabaseStartup.DATA_SOURCE,
        className = "vn.govportal.database.GovportalDataSource",
        // No connection is opened before the first use, so a missing database is reported once, below.
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 32,
        maxIdleTime = 300,
        // A connection is checked before it is handed out (Connection.isValid); when one has died (the
        // database restarted), every pooled connection is dropped and new ones are made. Without this the
        // pool kept handing out dead connections until the portal was restarted. A creation failure is not
        // retried with a pause: the request fails at once and is answered as an outage.
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-creation-retry-attempts=0",
            "fish.payara.max-wait-time-in-millis=10000"
        })
@Startup
@Singleton
@DependsOn("RestoreAtStartup") // a backup asked for is restored into the empty database before anything else
public class DatabaseStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/govportal";

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private DatabaseStatus status;

    @Inject
    @ConfigProperty(name = "govportal.demo.enabled", defaultValue = "true")
    private boolean demoEnabled;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits on its own connection.
    void start() {
        DatabaseSettings settings = new GovportalDataSource().settings();
        try {
            Migrations.migrate(dataSource);
            if (demoEnabled) {
                new DemoContent(dataSource).loadIntoEmptyDatabase();
            }
            status.markAvailable();
        } catch (SQLException | RuntimeException e) { // FlywayException is a RuntimeException
            String reason = rootMessage(e);
            LOG.log(Level.SEVERE, "The database at {0} (user \"{1}\") could not be brought up to date: {2}. "
                    + "The portal shows a maintenance page until it is restarted with a working database.",
                    new Object[] {settings.safeUrl(), settings.user(), reason});
            status.markUnavailable(reason);
        } finally {
            GovportalDataSource.portalStarted();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
