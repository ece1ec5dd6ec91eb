package vn.govportal.database;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where the portal's database is, read from MicroProfile Config so that a system property
 * ({@code -Dgovportal.db.url=…}) or an environment variable ({@code GOVPORTAL_DB_URL}) moves it
 * without a rebuild. The default, in {@code META-INF/microprofile-config.properties}, is an
 * embedded H2 database under the data directory.
 */
public record DatabaseSettings(String url, String user, String password) {

    static final String URL = "govportal.db.url";
    static final String USER = "govportal.db.user";
    static final String PASSWORD = "govportal.db.password";

    public static DatabaseSettings from(Config config) {
        String url = config.getOptionalValue(URL, String.class).map(String::trim).orElse("");
        String user = config.getOptionalValue(USER, String.class).orElse("");
        String password = config.getOptionalValue(PASSWORD, String.class).orElse("");
        return new DatabaseSettings(url, user, password);
    }

    /** The JDBC driver class for this URL, or empty if the URL names no database the portal supports. */
    public Optional<String> driverClassName() {
        if (url.startsWith("jdbc:h2:")) {
            return Optional.of("org.h2.Driver");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Optional.of("org.postgresql.Driver");
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return Optional.of("org.mariadb.jdbc.Driver");
        }
        return Optional.empty();
    }

    /** The URL as it may appear in a log: any password given in it is masked. */
    public String safeUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + safeUrl() + ", user=" + user + "]";
    }
}
