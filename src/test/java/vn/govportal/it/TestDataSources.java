package vn.govportal.it;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A DataSource for a JDBC URL, as the tests need one for Flyway and the demo loader. */
final class TestDataSources {

    private TestDataSources() {
    }

    static DataSource forUrl(String url, String user, String password) {
        if (url.startsWith("jdbc:mariadb:")) {
            try {
                org.mariadb.jdbc.MariaDbDataSource ds = new org.mariadb.jdbc.MariaDbDataSource(url
                        + (url.contains("?") ? "&" : "?") + "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&preserveInstants=true");
                ds.setUser(user);
                ds.setPassword(password);
                return ds;
            } catch (java.sql.SQLException e) {
                throw new IllegalArgumentException(e);
            }
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /** The database the deployed portal uses. */
    static DataSource portal() {
        return forUrl(TestDatabase.url(), System.getProperty("it.db.user", ""),
                System.getenv().getOrDefault("GOVPORTAL_DB_PASSWORD", ""));
    }
}
