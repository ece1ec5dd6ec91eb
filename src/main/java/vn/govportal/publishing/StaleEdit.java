package vn.govportal.publishing;

import jakarta.ejb.ApplicationException;

/**
 * A save refused because someone else saved the same item since the editor opened it. Forms
 * catch it apart from other refusals: they keep what was typed, show what changed, and let the
 * editor save again over the newer version.
 */
@ApplicationException(rollback = true)
public class StaleEdit extends EditRefused {

    private static final long serialVersionUID = 1L;

    public StaleEdit() {
        super(null, "site.refused.conflict");
    }
}
