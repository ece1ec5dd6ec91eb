package vn.govportal.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The data source behind the container's connection pool. It picks the JDBC driver from the
 * configured URL, so one build runs on the embedded H2 database or on PostgreSQL depending on
 * configuration alone.
 */
public class GovportalDataSource implements DataSource {

    /** Set once the portal has started; before that, an unreachable database ends the process. */
    private static volatile boolean portalStarted;

    private volatile DatabaseSettings settings;
    private volatile Driver driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    public DatabaseSettings settings() {
        DatabaseSettings current = settings;
        if (current == null) {
            current = DatabaseSettings.from(ConfigProvider.getConfig(GovportalDataSource.class.getClassLoader()));
            settings = current;
        }
        return current;
    }

    private Driver driver() throws SQLException {
        Driver current = driver;
        if (current == null) {
            DatabaseSettings s = settings();
            String className = s.driverClassName().orElseThrow(() -> new SQLException(
                    "Unsupported JDBC URL '" + s.safeUrl() + "': use jdbc:h2:…, jdbc:postgresql:… or jdbc:mariadb:…"));
            try {
                current = (Driver) Class.forName(className, true, GovportalDataSource.class.getClassLoader())
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new SQLException("JDBC driver " + className + " is not available", e);
            }
            driver = current;
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        DatabaseSettings s = settings();
        return getConnection(s.user(), s.password());
    }

    /** From now on a connection failure is an outage to ride out, not a configuration to fix. */
    static void portalStarted() {
        portalStarted = true;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        try {
            return connect(user, password);
        } catch (SQLException e) {
            if (!portalStarted) {
                exitUnreachable(e);
            }
            throw e;
        }
    }

    /**
     * The database cannot be reached while the portal starts (the persistence unit connects while
     * it deploys): say so in one line that names the URL, never the password, and stop the
     * process with a non-zero status instead of letting the deployment fail in pages of stack traces.
     */
    private void exitUnreachable(SQLException e) {
        DatabaseSettings s = settings();
        Halt.withMessage("govportal: cannot connect to the database at " + s.safeUrl() + " as user \"" + s.user() + "\": "
                + DatabaseStartup.rootMessage(e) + ". Check govportal.db.url, govportal.db.user and govportal.db.password"
                + " (or GOVPORTAL_DB_URL, GOVPORTAL_DB_USER, GOVPORTAL_DB_PASSWORD). Exiting.");
    }

    private Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null && !user.isEmpty()) {
            properties.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        // A database host that does not answer at all fails a connection in seconds, not the driver's
        // default 10 (PostgreSQL) or 30 (MariaDB); a setting in the URL still wins.
        if (settings().url().startsWith("jdbc:postgresql:")) {
            properties.setProperty("connectTimeout", "3");
        }
        if (settings().url().startsWith("jdbc:mariadb:")) {
            properties.setProperty("connectTimeout", "3000");
            // MariaDB's DATETIME has no zone: every instant is stored and read in UTC, whatever the JVM's zone.
            properties.setProperty("connectionTimeZone", "UTC");
            properties.setProperty("forceConnectionTimeZoneToSession", "true");
            properties.setProperty("preserveInstants", "true");
        }
        Connection connection = driver().connect(settings().url(), properties);
        if (connection == null) {
            throw new SQLException("No driver accepts the JDBC URL " + settings().safeUrl());
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
