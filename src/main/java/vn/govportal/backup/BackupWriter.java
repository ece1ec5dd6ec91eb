package vn.govportal.backup;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.govportal.cluster.ClusterTime;

/**
 * Writes a backup: every row of every table, and every stored file, read in one transaction so
 * they are consistent with each other while the portal goes on serving. The format (see
 * {@link BackupFormat}) is the same whatever the database, so a backup of the embedded H2
 * database can be restored into PostgreSQL or MariaDB.
 */
public final class BackupWriter {

    private BackupWriter() {
    }

    /** Writes the backup of the database behind {@code connection} to {@code out}; returns the backup's id. */
    public static String write(Connection connection, String schemaVersion, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        boolean readOnly = connection.isReadOnly();
        // One snapshot of the whole database: what another request changes meanwhile is not seen.
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            String id = UUID.randomUUID().toString();
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            JsonArrayBuilder tables = Json.createArrayBuilder();
            for (Schema.Table table : Schema.read(connection)) {
                tables.add(writeTable(connection, table, zip));
            }
            JsonObjectBuilder manifest = Json.createObjectBuilder()
                    .add("format", BackupFormat.NAME)
                    .add("formatVersion", BackupFormat.VERSION)
                    .add("id", id)
                    .add("schemaVersion", schemaVersion)
                    .add("createdAt", ClusterTime.now().toString())
                    .add("database", connection.getMetaData().getDatabaseProductName())
                    .add("tables", tables);
            // Written last: a file cut short has no manifest and is refused as a whole.
            zip.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
            zip.write(manifest.build().toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            connection.commit();
            return id;
        } finally {
            try {
                connection.rollback();
            } finally {
                connection.setReadOnly(readOnly);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static JsonObjectBuilder writeTable(Connection c, Schema.Table table, ZipOutputStream zip) throws SQLException, IOException {
        List<Schema.Column> columns = table.columns();
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder kinds = Json.createArrayBuilder();
        for (Schema.Column column : columns) {
            names.add(column.name());
            kinds.add(column.kind().name());
        }
        long rows = 0;
        String rowsEntry = BackupFormat.rowsEntry(table.name());
        zip.putNextEntry(new ZipEntry(rowsEntry));
        DigestOutputStream rowsOut = new DigestOutputStream(new Unclosable(zip), sha256());
        try (Statement s = c.createStatement()) {
            s.setFetchSize(200);
            try (ResultSet rs = s.executeQuery("SELECT " + table.selectWithoutBytes() + " FROM " + table.name()
                    + " ORDER BY " + table.orderBy())) {
                while (rs.next()) {
                    JsonArrayBuilder row = Json.createArrayBuilder();
                    for (int i = 0; i < columns.size(); i++) {
                        addValue(row, rs, i + 1, columns.get(i).kind(), BackupFormat.bytesEntry(table.name(), rows, i));
                    }
                    rowsOut.write(row.build().toString().getBytes(StandardCharsets.UTF_8));
                    rowsOut.write('\n');
                    rows++;
                }
            }
        }
        zip.closeEntry();
        JsonObjectBuilder description = Json.createObjectBuilder()
                .add("name", table.name())
                .add("columns", names)
                .add("kinds", kinds)
                .add("rows", rows)
                .add("sha256", hex(rowsOut.getMessageDigest()));
        if (table.hasBytes()) {
            description.add("files", writeBytes(c, table, zip));
        }
        return description;
    }

    /** The table's binary values (stored files), one entry each, in the same order as its rows. */
    private static JsonObjectBuilder writeBytes(Connection c, Schema.Table table, ZipOutputStream zip) throws SQLException, IOException {
        JsonObjectBuilder digests = Json.createObjectBuilder();
        List<Schema.Column> columns = table.columns();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(1); // one stored file in memory at a time
            try (ResultSet rs = s.executeQuery("SELECT " + table.selectAll() + " FROM " + table.name() + " ORDER BY " + table.orderBy())) {
                for (long row = 0; rs.next(); row++) {
                    for (int i = 0; i < columns.size(); i++) {
                        if (columns.get(i).kind() != Schema.Kind.BYTES) {
                            continue;
                        }
                        try (InputStream in = rs.getBinaryStream(i + 1)) {
                            if (in == null) {
                                continue;
                            }
                            String entry = BackupFormat.bytesEntry(table.name(), row, i);
                            zip.putNextEntry(new ZipEntry(entry));
                            DigestOutputStream bytes = new DigestOutputStream(new Unclosable(zip), sha256());
                            in.transferTo(bytes);
                            zip.closeEntry();
                            digests.add(entry, hex(bytes.getMessageDigest()));
                        }
                    }
                }
            }
        }
        return digests;
    }

    private static void addValue(JsonArrayBuilder row, ResultSet rs, int index, Schema.Kind kind, String bytesEntry)
            throws SQLException {
        switch (kind) {
            case INTEGER -> {
                long value = rs.getLong(index);
                if (rs.wasNull()) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(index);
                if (rs.wasNull()) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
            case INSTANT -> {
                OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
                if (value == null) {
                    row.addNull();
                } else {
                    row.add(value.toInstant().toString());
                }
            }
            case DATE -> {
                LocalDate value = rs.getObject(index, LocalDate.class);
                if (value == null) {
                    row.addNull();
                } else {
                    row.add(value.toString());
                }
            }
            case BYTES -> {
                // Named here (the query says only whether there is one), written to its own entry by writeBytes.
                if (rs.getInt(index) == 0) {
                    row.addNull();
                } else {
                    row.add(bytesEntry);
                }
            }
            default -> {
                String value = rs.getString(index);
                if (value == null) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The zip stream, handed to writers that must not close it. */
    private static final class Unclosable extends java.io.FilterOutputStream {

        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the entry is closed by the caller
        }
    }
}
