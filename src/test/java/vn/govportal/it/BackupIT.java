package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.govportal.backup.BackupReader;
import vn.govportal.backup.BackupRefused;
import vn.govportal.security.Role;

/**
 * An administrator backs up the running portal; the backup restores into an empty database of
 * the same kind as exactly what was backed up, every row and every stored file; and what cannot
 * be restored (a file cut short, one from another version, a database that is not empty) is
 * refused with a reason, changing nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BackupIT {

    @ArquillianResource
    private URL base;

    private final List<ScratchDatabase> scratch = new ArrayList<>();

    @AfterEach
    void dropScratchDatabases() throws Exception {
        for (ScratchDatabase database : scratch) {
            database.drop();
        }
    }

    private ScratchDatabase emptyDatabase() throws Exception {
        ScratchDatabase database = ScratchDatabase.create();
        scratch.add(database);
        return database;
    }

    private Path download(StaffHttp admin) throws Exception {
        HttpResponse<byte[]> answer = admin.postForFile("/admin/backup/download");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
        Path file = Files.createTempFile("govportal-backup", ".zip");
        Files.write(file, answer.body());
        return file;
    }

    @Test
    void aBackupOfTheRunningPortalRestoresExactly() throws Exception {
        TestStaff admin = TestStaff.create(Role.ADMIN);
        StaffHttp session = new StaffHttp(base);
        session.signIn(admin.username(), admin.password());
        Thread.sleep(2500); // visits counted by earlier tests reach the database first
        Path file = download(session);
        try {
            ScratchDatabase target = emptyDatabase();
            BackupReader.Restored restored = BackupReader.restore(target.dataSource(), file);
            assertThat(restored.files()).isPositive();

            Map<String, List<String>> source = contents(TestDataSources.portal());
            Map<String, List<String>> copy = contents(target.dataSource());
            assertThat(copy.keySet()).isEqualTo(source.keySet()).contains("article", "media_file", "staff_account", "audit_event");
            for (String table : source.keySet()) {
                assertThat(copy.get(table)).as(table).isEqualTo(source.get(table));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aScriptBacksUpWithTheAdministratorsPasswordOnly() throws Exception {
        TestStaff admin = TestStaff.create(Role.ADMIN);
        TestStaff editor = TestStaff.create(Role.EDITOR);
        Http.RawResponse ok = Http.raw(base, "127.0.0.1", "POST", "/admin/backup/download", "Authorization: Basic "
                + basic(admin.username(), admin.password()) + "\r\nX-Forwarded-For: 198.51.100.201\r\n", "");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.header("content-disposition")).singleElement().asString().contains("govportal-");
        Http.RawResponse wrong = Http.raw(base, "127.0.0.1", "POST", "/admin/backup/download", "Authorization: Basic "
                + basic(admin.username(), "wrong") + "\r\nX-Forwarded-For: 198.51.100.202\r\n", "");
        assertThat(wrong.statusCode()).isEqualTo(401);
        Http.RawResponse notAdmin = Http.raw(base, "127.0.0.1", "POST", "/admin/backup/download", "Authorization: Basic "
                + basic(editor.username(), editor.password()) + "\r\nX-Forwarded-For: 198.51.100.203\r\n", "");
        assertThat(notAdmin.statusCode()).isEqualTo(403);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN_FAILED'",
                admin.username())).isEqualTo(1);
    }

    @Test
    void whatCannotBeRestoredIsRefusedAndChangesNothing() throws Exception {
        TestStaff admin = TestStaff.create(Role.ADMIN);
        StaffHttp session = new StaffHttp(base);
        session.signIn(admin.username(), admin.password());
        Path file = download(session);
        Path cut = Files.createTempFile("govportal-cut", ".zip");
        Path future = Files.createTempFile("govportal-future", ".zip");
        try {
            byte[] whole = Files.readAllBytes(file);
            Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
            rewriteManifest(file, future, m -> m.replaceFirst("\"schemaVersion\":\"[^\"]*\"", "\"schemaVersion\":\"999\""));

            ScratchDatabase empty = emptyDatabase();
            assertThatThrownBy(() -> BackupReader.restore(empty.dataSource(), cut)).isInstanceOf(BackupRefused.class)
                    .hasMessageContaining("cut short");
            assertThatThrownBy(() -> BackupReader.restore(empty.dataSource(), future)).isInstanceOf(BackupRefused.class)
                    .hasMessageContaining("newer version");
            assertThat(contents(empty.dataSource())).as("the refused restores left the database empty").isEmpty();

            long articles = TestDatabase.count("SELECT COUNT(*) FROM article");
            assertThatThrownBy(() -> BackupReader.restore(TestDataSources.portal(), file)).isInstanceOf(BackupRefused.class)
                    .hasMessageContaining("not empty");
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM article")).isEqualTo(articles);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(cut);
            Files.deleteIfExists(future);
        }
    }

    private static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of a backup with its manifest changed. */
    private static void rewriteManifest(Path from, Path to, java.util.function.UnaryOperator<String> change) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("manifest.json")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }

    /**
     * Every row of every table (but Flyway's), read with plain JDBC and written as text, in key
     * order; stored files as their bytes in hexadecimal. Only tables with rows are listed.
     */
    static Map<String, List<String>> contents(DataSource dataSource) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.startsWith("flyway_")) {
                        names.add(name);
                    }
                }
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + name)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object value = rs.getObject(i);
                            String text;
                            if (value instanceof byte[] bytes) {
                                text = java.util.HexFormat.of().formatHex(bytes);
                            } else if (value instanceof java.sql.Blob blob) {
                                text = java.util.HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
                            } else if (value instanceof java.sql.Date || value instanceof java.time.LocalDate) {
                                text = value.toString();
                            } else if (value instanceof java.sql.Timestamp || value instanceof java.time.temporal.TemporalAccessor) {
                                java.time.OffsetDateTime at = rs.getObject(i, java.time.OffsetDateTime.class);
                                text = at.toInstant().toString();
                            } else if (value instanceof Number number && !(value instanceof java.math.BigDecimal)) {
                                text = Long.toString(number.longValue());
                            } else {
                                text = String.valueOf(value);
                            }
                            row.append(meta.getColumnName(i).toLowerCase(Locale.ROOT)).append('=').append(text).append(';');
                        }
                        rows.add(row.toString());
                    }
                }
                if (!rows.isEmpty()) {
                    rows.sort(null);
                    tables.put(name, rows);
                }
            }
        }
        return tables;
    }
}
