package vn.govportal.it;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * An empty database of the same kind as the one the test server uses (H2, PostgreSQL or
 * MariaDB), made for one test and dropped after it.
 */
final class ScratchDatabase {

    private final String url;
    private final String name;

    private ScratchDatabase(String url, String name) {
        this.url = url;
        this.name = name;
    }

    static ScratchDatabase create() throws SQLException {
        String name = "gp_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String portal = TestDatabase.url();
        if (portal.startsWith("jdbc:h2:")) {
            File folder = new File(System.getProperty("java.io.tmpdir"), name);
            return new ScratchDatabase("jdbc:h2:" + folder.getAbsolutePath() + "/db;MODE=LEGACY", name);
        }
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(portal.startsWith("jdbc:mariadb:")
                    ? "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" : "CREATE DATABASE " + name);
        }
        // The same server, another database: the last path segment of the URL, before any parameters.
        String url = portal.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        return new ScratchDatabase(url, name);
    }

    /** The JDBC address of this database, for a portal started on it. */
    String url() {
        return url;
    }

    DataSource dataSource() {
        return TestDataSources.forUrl(url, url.startsWith("jdbc:h2:") ? "sa" : System.getProperty("it.db.user", ""),
                System.getenv().getOrDefault("GOVPORTAL_DB_PASSWORD", ""));
    }

    void drop() throws SQLException {
        if (url.startsWith("jdbc:h2:")) {
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("DROP ALL OBJECTS DELETE FILES");
            }
            return;
        }
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(url.startsWith("jdbc:postgresql:") ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
                    : "DROP DATABASE IF EXISTS " + name);
        }
    }
}
