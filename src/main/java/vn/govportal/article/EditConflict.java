package vn.govportal.article;

import jakarta.ejb.ApplicationException;
import java.time.Instant;
import vn.govportal.publishing.StaleEdit;

/**
 * A save refused because someone else saved the same article since the editor opened it. Carries
 * what is saved now and who saved it, so the editor can see their changes and merge.
 */
@ApplicationException(rollback = true)
public class EditConflict extends StaleEdit {

    private static final long serialVersionUID = 1L;

    private final long articleId;
    private final ArticleDraft current;
    private final String savedBy;
    private final Instant savedAt;

    public EditConflict(ArticleDraft current, String savedBy, Instant savedAt) {
        this.articleId = current.getId();
        this.current = current;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    /**
     * A conflict found only as the save was written (the other save landed in between): what is
     * saved now can only be read after this transaction has rolled back, with
     * {@link ArticleEditing#conflictOn(long)}.
     */
    EditConflict(long articleId) {
        this.articleId = articleId;
        this.current = null;
        this.savedBy = null;
        this.savedAt = null;
    }

    public long getArticleId() {
        return articleId;
    }

    /** Whether it says what is saved now; if not, ask {@link ArticleEditing#conflictOn(long)}. */
    public boolean isDescribed() {
        return current != null;
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
