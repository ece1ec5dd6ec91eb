package vn.govportal.web.admin.backup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.govportal.backup.BackupServlet;
import vn.govportal.client.ClientFilter;
import vn.govportal.security.Caller;

/** Backs {@code /admin/backup/}: the command that makes a backup of this portal from a script. */
@Named("backupPage")
@RequestScoped
public class BackupBacking {

    @Inject
    private Caller caller;

    @Inject
    private HttpServletRequest request;

    /** The backup address as the administrator reaches it (through the proxy, if there is one). */
    public String getCommand() {
        String address = (ClientFilter.isSecure(request) ? "https://" : "http://") + ClientFilter.host(request)
                + request.getContextPath() + BackupServlet.PATH;
        return "curl -fu " + caller.name() + " -X POST " + address + " -o govportal-backup.zip";
    }
}
