package vn.govportal.backup;

/** A backup that cannot be restored, or a database it cannot be restored into, with the reason in words. */
public class BackupRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupRefused(String reason) {
        super(reason);
    }
}
