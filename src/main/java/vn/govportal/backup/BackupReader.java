package vn.govportal.backup;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import vn.govportal.database.Migrations;

/**
 * Restores a backup (see {@link BackupFormat}) into an empty database. Everything is checked
 * before anything is written: that the file is whole (every entry's SHA-256), that it was made by
 * a version of the portal this one can bring up to date, and that the database holds no content.
 * The rows then go in within one transaction, so a failure leaves the database as empty as it
 * was; the schema is brought to the backup's version first and to the current one afterwards.
 */
public final class BackupReader {

    /** What a restore brought back. */
    public record Restored(String id, int tables, long rows, long files) {
    }

    private BackupReader() {
    }

    /** The id of a backup file, after checking that it is whole; refuses a file that is not. */
    public static String idOf(Path file) {
        try (ZipFile zip = open(file)) {
            return verify(zip).getString("id");
        } catch (IOException e) {
            throw new BackupRefused("the backup file " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** Tables the migrations fill in a new database: they hold no one's work until staff change them. */
    private static final java.util.Set<String> MIGRATION_SEEDED = java.util.Set.of("menu_item");

    public static Restored restore(DataSource dataSource, Path file) {
        try (ZipFile zip = open(file)) {
            JsonObject manifest = verify(zip);
            String version = manifest.getString("schemaVersion");
            Flyway flyway = Migrations.configure(dataSource).load();
            boolean known = Arrays.stream(flyway.info().all())
                    .anyMatch(m -> m.getVersion() != null && m.getVersion().getVersion().equals(version));
            if (!known) {
                throw new BackupRefused("the backup was made by a newer version of the portal (schema " + version
                        + "); this version cannot read it");
            }
            MigrationInfo current = flyway.info().current();
            if (current != null && current.getVersion().compareTo(MigrationVersion.fromVersion(version)) > 0) {
                throw new BackupRefused("the database is at schema " + current.getVersion() + ", newer than the backup's "
                        + version + "; restore into an empty database");
            }
            try (Connection c = dataSource.getConnection()) {
                refuseIfNotEmpty(c);
            }
            Migrations.configure(dataSource).target(version).load().migrate();
            Restored restored;
            try (Connection c = dataSource.getConnection()) {
                restored = load(c, zip, manifest);
            }
            Migrations.migrate(dataSource);
            return restored;
        } catch (IOException e) {
            throw new BackupRefused("the backup file " + file + " cannot be read: " + e.getMessage());
        } catch (SQLException e) {
            throw new BackupRefused("the database refused the restore, nothing was kept: " + e.getMessage());
        }
    }

    private static ZipFile open(Path file) {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BackupRefused("the file " + file + " is not a whole backup (" + e.getMessage()
                    + "): it may have been cut short while copied");
        }
    }

    /** The manifest, once every entry it names has the content it was written with. */
    private static JsonObject verify(ZipFile zip) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(BackupFormat.MANIFEST);
        if (manifestEntry == null) {
            throw new BackupRefused("the file is not a govportal backup, or one cut short: it has no " + BackupFormat.MANIFEST);
        }
        JsonObject manifest;
        try (InputStream in = zip.getInputStream(manifestEntry); JsonReader reader = Json.createReader(in)) {
            manifest = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BackupRefused("the backup's manifest is damaged: " + e.getMessage());
        }
        if (!BackupFormat.NAME.equals(manifest.getString("format", null))) {
            throw new BackupRefused("the file is not a govportal backup");
        }
        if (manifest.getInt("formatVersion", -1) != BackupFormat.VERSION) {
            throw new BackupRefused("the backup is in format " + manifest.getInt("formatVersion", -1)
                    + "; this version of the portal reads format " + BackupFormat.VERSION);
        }
        for (JsonObject table : manifest.getJsonArray("tables").getValuesAs(JsonObject.class)) {
            String name = table.getString("name");
            long lines = check(zip, BackupFormat.rowsEntry(name), table.getString("sha256"));
            if (lines != table.getJsonNumber("rows").longValue()) {
                throw new BackupRefused("the backup's table " + name + " has " + lines + " rows, not the "
                        + table.getJsonNumber("rows").longValue() + " it was written with");
            }
            JsonObject files = table.getJsonObject("files");
            if (files != null) {
                for (Map.Entry<String, JsonValue> file : files.entrySet()) {
                    check(zip, file.getKey(), ((JsonString) file.getValue()).getString());
                }
            }
        }
        return manifest;
    }

    /** Checks an entry's SHA-256; returns how many lines it has. */
    private static long check(ZipFile zip, String name, String sha256) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new BackupRefused("the backup lacks " + name);
        }
        long lines = 0;
        DigestInputStream in = new DigestInputStream(zip.getInputStream(entry), BackupWriter.sha256());
        try (in) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        if (!BackupWriter.hex(in.getMessageDigest()).equals(sha256)) {
            throw new BackupRefused("the backup's " + name + " is damaged (its checksum does not match)");
        }
        return lines;
    }

    private static void refuseIfNotEmpty(Connection c) throws SQLException {
        for (Schema.Table table : Schema.read(c)) {
            if (MIGRATION_SEEDED.contains(table.name().toLowerCase(java.util.Locale.ROOT))) {
                continue; // a new portal's default menu, which the backup's replaces
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new BackupRefused("the database is not empty (table " + table.name() + " has " + rs.getLong(1)
                            + " rows): a backup is restored only into an empty database, so nothing is overwritten");
                }
            }
        }
    }

    private static Restored load(Connection c, ZipFile zip, JsonObject manifest) throws SQLException, IOException {
        Map<String, Schema.Table> target = new HashMap<>();
        for (Schema.Table table : Schema.read(c)) {
            target.put(table.name(), table);
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        long rows = 0;
        long files = 0;
        int tables = 0;
        try {
            // The database was empty; what is in it now the migrations put there (the default menu): the backup's rows replace it.
            List<JsonObject> described = manifest.getJsonArray("tables").getValuesAs(JsonObject.class);
            for (int i = described.size() - 1; i >= 0; i--) {
                Schema.Table table = target.get(described.get(i).getString("name"));
                if (table != null) {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("DELETE FROM " + table.name());
                    }
                }
            }
            for (JsonObject one : described) {
                Schema.Table table = target.get(one.getString("name"));
                if (table == null) {
                    throw new BackupRefused("the backup has a table " + one.getString("name") + " this database lacks");
                }
                List<String> columns = one.getJsonArray("columns").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList();
                rows += insert(c, zip, table, columns);
                files += one.containsKey("files") ? one.getJsonObject("files").size() : 0;
                tables++;
            }
            restartIdentities(c, target.values());
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return new Restored(manifest.getString("id"), tables, rows, files);
    }

    private static long insert(Connection c, ZipFile zip, Schema.Table table, List<String> columns) throws SQLException, IOException {
        Map<String, Schema.Column> byName = new HashMap<>();
        table.columns().forEach(column -> byName.put(column.name(), column));
        List<Schema.Column> targetColumns = new ArrayList<>();
        for (String name : columns) {
            Schema.Column column = byName.get(name);
            if (column == null) {
                throw new BackupRefused("the backup's table " + table.name() + " has a column " + name + " this database lacks");
            }
            targetColumns.add(column);
        }
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(n -> "?").toList()) + ")";
        long count = 0;
        List<InputStream> open = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement(sql);
                BufferedReader lines = new BufferedReader(new InputStreamReader(
                        zip.getInputStream(zip.getEntry(BackupFormat.rowsEntry(table.name()))), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                JsonArray row;
                try (JsonReader reader = Json.createReader(new java.io.StringReader(line))) {
                    row = reader.readArray();
                }
                for (int i = 0; i < targetColumns.size(); i++) {
                    bind(insert, i + 1, targetColumns.get(i), row.get(i), zip, open);
                }
                insert.addBatch();
                count++;
                // A file is bound as a stream: send each row holding files at once, so only one is open.
                if (!open.isEmpty() || count % 500 == 0) {
                    insert.executeBatch();
                    for (InputStream in : open) {
                        in.close();
                    }
                    open.clear();
                }
            }
            insert.executeBatch();
        } finally {
            for (InputStream in : open) {
                in.close();
            }
        }
        return count;
    }

    private static void bind(PreparedStatement insert, int index, Schema.Column column, JsonValue value, ZipFile zip,
            List<InputStream> open) throws SQLException, IOException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            insert.setNull(index, switch (column.kind()) {
                case INTEGER -> Types.BIGINT;
                case BOOLEAN -> Types.BOOLEAN;
                case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
                case DATE -> Types.DATE;
                case BYTES -> Types.VARBINARY;
                case TEXT -> Types.VARCHAR;
            });
            return;
        }
        try {
            switch (column.kind()) {
                case INTEGER -> insert.setLong(index, ((JsonNumber) value).longValueExact());
                case BOOLEAN -> insert.setBoolean(index, value == JsonValue.TRUE);
                case INSTANT -> insert.setObject(index, OffsetDateTime.parse(((JsonString) value).getString()));
                case DATE -> insert.setObject(index, LocalDate.parse(((JsonString) value).getString()));
                case BYTES -> {
                    ZipEntry entry = zip.getEntry(((JsonString) value).getString());
                    InputStream in = zip.getInputStream(entry);
                    open.add(in);
                    insert.setBinaryStream(index, in, entry.getSize());
                }
                case TEXT -> insert.setString(index, value instanceof JsonString s ? s.getString() : value.toString());
            }
        } catch (ClassCastException | ArithmeticException | DateTimeParseException | NullPointerException e) {
            throw new BackupRefused("the backup holds a value the column " + column.name() + " cannot take: " + value);
        }
    }

    /** New rows continue after the restored ones rather than colliding with them. */
    private static void restartIdentities(Connection c, Iterable<Schema.Table> tables) throws SQLException {
        Migrations.Dialect dialect = Migrations.Dialect.of(c);
        for (Schema.Table table : tables) {
            for (Schema.Column column : table.columns()) {
                if (!column.generated()) {
                    continue;
                }
                long next;
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + column.name() + "), 0) + 1 FROM " + table.name())) {
                    rs.next();
                    next = rs.getLong(1);
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(dialect == Migrations.Dialect.MARIADB
                            ? "ALTER TABLE " + table.name() + " AUTO_INCREMENT = " + next
                            : "ALTER TABLE " + table.name() + " ALTER COLUMN " + column.name() + " RESTART WITH " + next);
                }
            }
        }
    }
}
