package vn.govportal.backup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.cluster.Grid;
import vn.govportal.database.DatabaseStartup;
import vn.govportal.database.Halt;

/**
 * Started with {@code govportal.restore.from} (or {@code GOVPORTAL_RESTORE_FROM}) naming a backup
 * file, the portal restores it into its empty database before anything else touches it, then
 * starts as usual. Started again with the same setting, it sees that this backup was restored
 * and simply starts. A file that cannot be restored, or a database that is not empty, stops the
 * start with one line saying why, and nothing in the database is changed.
 */
@Startup
@Singleton
public class RestoreAtStartup {

    static final String SETTING = "govportal.restore.from";
    private static final String RESTORED = "BACKUP_RESTORED";
    private static final Logger LOG = Logger.getLogger(RestoreAtStartup.class.getName());

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Grid grid;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the restore commits on its own connection
    void restoreIfAsked() {
        // The first thing the portal does at start: from here on every time it writes is the data grid's (see ClusterTime).
        grid.isClustered();
        Optional<String> setting = ConfigProvider.getConfig(RestoreAtStartup.class.getClassLoader())
                .getOptionalValue(SETTING, String.class).map(String::trim).filter(s -> !s.isEmpty());
        if (setting.isEmpty()) {
            return;
        }
        Path file = Path.of(setting.get());
        try {
            if (!Files.isRegularFile(file)) {
                throw new BackupRefused("there is no file " + file.toAbsolutePath());
            }
            String id = BackupReader.idOf(file);
            if (alreadyRestored(id)) {
                LOG.log(Level.INFO, "govportal: the backup {0} was restored into this database before; starting as usual."
                        + " Remove {1} (GOVPORTAL_RESTORE_FROM) to stop checking it.", new Object[] {file, SETTING});
                return;
            }
            BackupReader.Restored restored = BackupReader.restore(dataSource, file);
            record(restored.id(), file);
            LOG.log(Level.INFO, "govportal: restored the backup {0}: {1} tables, {2} rows, {3} files.",
                    new Object[] {file, restored.tables(), restored.rows(), restored.files()});
        } catch (BackupRefused e) {
            Halt.withMessage("govportal: the backup was not restored: " + e.getMessage() + ". Nothing in the database was"
                    + " changed. Exiting.");
        } catch (SQLException e) {
            Halt.withMessage("govportal: the backup was not restored: " + e.getMessage() + ". Exiting.");
        }
    }

    private boolean alreadyRestored(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE action = ? AND detail = ?")) {
            s.setString(1, RESTORED);
            s.setString(2, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        } catch (SQLException noTableYet) {
            return false; // an empty database has no audit log yet
        }
    }

    private void record(String id, Path file) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action, detail)"
                        + " VALUES (?, 'system', ?, ?)")) {
            s.setObject(1, OffsetDateTime.ofInstant(ClusterTime.now(), ZoneOffset.UTC));
            s.setString(2, RESTORED);
            s.setString(3, id);
            s.executeUpdate();
        }
        LOG.log(Level.FINE, "Restore of {0} recorded", file);
    }
}
