package vn.govportal.backup;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.govportal.audit.AuditLog;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.database.DatabaseStartup;
import vn.govportal.database.Migrations;
import vn.govportal.security.StaffSignInFilter;
import vn.govportal.text.VietnamTime;

/**
 * An administrator downloads a backup of everything (content, files, accounts, audit log) while
 * the portal runs: from the console's backup page, or from a script with
 * {@code curl -u admin -X POST …/admin/backup/download} (HTTP Basic on this address only). The
 * download is recorded in the audit log, in the backup itself.
 */
@WebServlet(name = "BackupServlet", urlPatterns = BackupServlet.PATH)
public class BackupServlet extends HttpServlet {

    public static final String PATH = "/admin/backup/download";
    private static final Logger LOG = Logger.getLogger(BackupServlet.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole("ADMIN")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // Recorded before the snapshot is taken, so the backup holds the record of its own making.
        audit.record(request.getRemoteUser(), null, "BACKUP_DOWNLOADED", null, null, null);
        String name = "govportal-" + LocalDateTime.ofInstant(ClusterTime.now(), VietnamTime.ZONE).format(STAMP) + ".zip";
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
        try (Connection connection = dataSource.getConnection()) {
            String version = Migrations.configure(dataSource).load().info().current().getVersion().getVersion();
            BackupWriter.write(connection, version, response.getOutputStream());
        } catch (SQLException e) {
            // Part of the file may have gone out: without its manifest, it will be refused as incomplete.
            LOG.log(Level.WARNING, "govportal: a backup could not be completed: {0}", e.getMessage());
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } finally {
            if (Boolean.TRUE.equals(request.getAttribute(StaffSignInFilter.BASIC))) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate(); // a script's sign-in lasts for its one download
                }
            }
        }
    }
}
