package vn.govportal.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct JDBC access to the database the deployed portal uses, so tests can check what it
 * stored and prepare content the public site must show or hide.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String url() {
        return System.getProperty("it.db.url");
    }

    public static Connection connect() throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", System.getProperty("it.db.user", ""));
        properties.setProperty("password", System.getenv().getOrDefault("GOVPORTAL_DB_PASSWORD", ""));
        if (url().startsWith("jdbc:mariadb:")) {
            // As the portal connects: instants in UTC (see GovportalDataSource).
            properties.setProperty("connectionTimeZone", "UTC");
            properties.setProperty("forceConnectionTimeZoneToSession", "true");
            properties.setProperty("preserveInstants", "true");
        }
        return DriverManager.getConnection(url(), properties);
    }

    public static long count(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static List<String> strings(String sql, Object... params) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    public static int update(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
