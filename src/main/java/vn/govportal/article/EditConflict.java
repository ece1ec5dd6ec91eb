package vn.govportal.article;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/**
 * A save refused because someone else saved the same article since the editor opened it. Carries
 * what is saved now and who saved it, so the editor can see their changes and merge.
 */
@ApplicationException(rollback = true)
public class EditConflict extends RuntimeException {

    private final ArticleDraft current;
    private final String savedBy;
    private final Instant savedAt;

    public EditConflict(ArticleDraft current, String savedBy, Instant savedAt) {
        super("Article " + current.getId() + " was saved by " + savedBy + " in the meantime");
        this.current = current;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public ArticleDraft getCurrent() {
        return current;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
