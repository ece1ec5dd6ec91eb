package vn.govportal.article;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.govportal.audit.AuditLog;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.media.MediaFile;
import vn.govportal.media.MediaUsage;
import vn.govportal.media.MediaUse;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.EditorialRules;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.security.Caller;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;
import static vn.govportal.publishing.PublicationStatus.AWAITING_REVIEW;
import static vn.govportal.publishing.PublicationStatus.DRAFT;
import static vn.govportal.publishing.PublicationStatus.PUBLISHED;
import static vn.govportal.publishing.PublicationStatus.SCHEDULED;
import static vn.govportal.publishing.PublicationStatus.UNPUBLISHED;


/**
 * Staff's changes to articles, with the editorial rules ({@link EditorialRules}): authors write and
 * submit their own drafts; editors edit any article, publish, schedule and unpublish. Every save is
 * checked against the version the editor started from (no lost updates), checked and cleaned by
 * {@link ArticleForm}, kept as a revision ({@link ArticleHistory}), and every status change is
 * recorded. Scheduled changes are carried out by {@link ArticleSchedule}.
 */
@Stateless
@RequiresRole(Role.AUTHOR)
public class ArticleEditing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ContentChanged> changed;

    @Inject
    private MediaUsage mediaUsage;

    @Inject
    private ArticleForm form;

    @Inject
    private ArticleHistory history;

    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    /** Whether the signed-in member may change this article's content now. */
    public boolean canEdit(Article article) {
        return rules().canEdit(article.getOwner(), article.getStatus());
    }

    public boolean isEditor() {
        return caller.has(Role.EDITOR);
    }

    public Article create(ArticleDraft draft) {
        Article article = new Article();
        form.apply(draft, article, isEditor());
        article.setOwner(caller());
        article.setStatus(DRAFT);
        em.persist(article);
        flushOrConflict(article);
        recordMediaUses(article);
        keepRevision(article);
        record(article, null, DRAFT, null);
        audit.record(caller(), null, "ARTICLE_CREATED", "Article", article.getId(), article.getTitle());
        return article;
    }

    public Article save(ArticleDraft draft) {
        Article article = lockedForChange(draft.getId(), draft.getVersion());
        if (!canEdit(article)) {
            throw new EditRefused(null, "article.refused.edit");
        }
        form.apply(draft, article, isEditor());
        flushOrConflict(article);
        recordMediaUses(article);
        keepRevision(article);
        audit.record(caller(), null, "ARTICLE_SAVED", "Article", article.getId(), article.getTitle());
        contentChanged(article);
        return article;
    }

    public Article submitForReview(long id, long version, String comment) {
        Article article = lockedForChange(id, version);
        if (!rules().canSubmit(article.getOwner())) {
            throw new EditRefused(null, "article.refused.notOwner");
        }
        return transition(article, AWAITING_REVIEW, comment);
    }

    /** Publishes now, or schedules publication for {@code at} if it is in the future. */
    @RequiresRole(Role.EDITOR)
    public Article publish(long id, long version, Instant at, String comment) {
        Article article = lockedForChange(id, version);
        Instant now = ClusterTime.now();
        if (at != null && !at.isAfter(now)) {
            throw new EditRefused("publishAt", "article.refused.pastTime");
        }
        if (at == null) {
            article.setPublishedAt(now);
            return transition(article, PUBLISHED, comment);
        }
        article.setPublishedAt(at);
        return transition(article, SCHEDULED, comment);
    }

    /** Takes it off the public site now, or schedules that for {@code at} if it is in the future. */
    @RequiresRole(Role.EDITOR)
    public Article unpublish(long id, long version, Instant at, String comment) {
        Article article = lockedForChange(id, version);
        if (at == null) {
            article.setUnpublishAt(null);
            return transition(article, UNPUBLISHED, comment);
        }
        if (!at.isAfter(ClusterTime.now())) {
            throw new EditRefused("unpublishAt", "article.refused.pastTime");
        }
        if (!article.getStatus().canBecome(UNPUBLISHED)) {
            throw new EditRefused(null, "article.refused.transition", article.getStatus(), UNPUBLISHED);
        }
        if (article.getPublishedAt() != null && !at.isAfter(article.getPublishedAt())) {
            throw new EditRefused("unpublishAt", "article.refused.unpublishBeforePublish");
        }
        article.setUnpublishAt(at);
        flushOrConflict(article);
        audit.record(caller(), null, "ARTICLE_UNPUBLISH_SCHEDULED", "Article", article.getId(), at.toString());
        return article;
    }

    /** Back to a draft: an editor from any state, the owner to withdraw it from review. */
    public Article returnToDraft(long id, long version, String comment) {
        Article article = lockedForChange(id, version);
        if (!rules().canReturnToDraft(article.getOwner(), article.getStatus())) {
            throw new EditRefused(null, "article.refused.notEditor");
        }
        article.setUnpublishAt(null);
        return transition(article, DRAFT, comment);
    }

    /**
     * Whether the signed-in member may delete this article now: whoever may change its content
     * (an editor, or its owner while it is a draft), once it is off the public site.
     */
    public boolean canDelete(Article article) {
        return rules().canDelete(article.getOwner(), article.getStatus());
    }

    /**
     * Deletes an article with its revisions and status history. One that is public, or scheduled to
     * be, is refused: it is taken down first (unpublish), so nothing disappears from the site unseen.
     */
    public void delete(long id, long version) {
        Article article = lockedForChange(id, version);
        if (!canEdit(article)) {
            throw new EditRefused(null, "article.refused.edit");
        }
        if (!canDelete(article)) {
            throw new EditRefused(null, "article.refused.deletePublic");
        }
        String title = article.getTitle();
        em.createQuery("DELETE FROM ArticleRevision r WHERE r.articleId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("DELETE FROM ArticleTransition t WHERE t.articleId = :id").setParameter("id", id).executeUpdate();
        em.remove(article);
        flushOrConflict(article);
        mediaUsage.forget(MediaUse.Item.ARTICLE, id);
        audit.record(caller(), null, "ARTICLE_DELETED", "Article", id, title);
        changed.fire(new ContentChanged("article", id));
    }

    /** Puts a revision's content back as the article's current content, saved as a new revision. */
    public Article restore(long articleId, long version, int number) {
        ArticleRevision revision = history.revision(articleId, number)
                .orElseThrow(() -> new EditRefused(null, "article.refused.noRevision"));
        Article article = lockedForChange(articleId, version);
        ArticleDraft draft = ArticleDraft.of(article);
        draft.setTitle(revision.getTitle());
        draft.setSlug(revision.getSlug());
        draft.setLead(revision.getLead());
        draft.setBody(revision.getBody());
        draft.setAuthor(revision.getAuthor());
        draft.setCategoryId(revision.getCategoryId());
        draft.setFeaturedImageId(revision.getFeaturedImageId());
        draft.setFeatured(revision.isFeatured());
        // The English text comes back as it was; whether it is public stays as it is now.
        draft.setTitleEn(revision.getEnglish().getTitle());
        draft.setSlugEn(revision.getEnglish().getSlug());
        draft.setLeadEn(revision.getEnglish().getLead());
        draft.setBodyEn(revision.getEnglish().getBody());
        if (!canEdit(article)) {
            throw new EditRefused(null, "article.refused.edit");
        }
        form.apply(draft, article, isEditor());
        flushOrConflict(article);
        recordMediaUses(article);
        keepRevision(article);
        audit.record(caller(), null, "ARTICLE_RESTORED", "Article", article.getId(), "revision " + number);
        contentChanged(article);
        return article;
    }

    private Article lockedForChange(Long id, long expectedVersion) {
        Article article = id == null ? null : em.find(Article.class, id);
        if (article == null) {
            throw new EditRefused(null, "article.refused.missing");
        }
        if (article.getVersion() != expectedVersion) {
            throw conflict(article);
        }
        return article;
    }

    /** What is saved now and who saved it, for a conflict found as a save was written. */
    public EditConflict conflictOn(long articleId) {
        Article current = em.find(Article.class, articleId);
        if (current == null) {
            throw new EditRefused(null, "article.refused.missing");
        }
        return describe(current);
    }

    private EditConflict conflict(Article current) {
        em.refresh(current);
        return describe(current);
    }

    private EditConflict describe(Article current) {
        List<ArticleRevision> revisions = history.revisions(current.getId());
        String by = revisions.isEmpty() ? "?" : revisions.get(0).getSavedBy();
        Instant at = revisions.isEmpty() ? current.getUpdatedAt() : revisions.get(0).getSavedAt();
        return new EditConflict(ArticleDraft.of(current), by, at);
    }

    private void flushOrConflict(Article article) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // This entity holds our own changes: what the other person saved is read after rollback.
            throw new EditConflict(article.getId());
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) { // the slug was taken by a save that landed after our check
                throw new EditRefused("slug", "article.refused.slugTaken", article.getSlug());
            }
            throw e;
        }
    }

    private Article transition(Article article, PublicationStatus to, String comment) {
        PublicationStatus from = article.getStatus();
        if (!from.canBecome(to)) {
            throw new EditRefused(null, "article.refused.transition", from, to);
        }
        article.setStatus(to);
        flushOrConflict(article);
        record(article, from, to, comment);
        audit.record(caller(), null, "ARTICLE_" + to.name(), "Article", article.getId(), comment);
        contentChanged(article);
        return article;
    }

    private void record(Article article, PublicationStatus from, PublicationStatus to, String comment) {
        em.persist(new ArticleTransition(article.getId(), ClusterTime.now(), caller(), from, to, ArticleForm.comment(comment)));
    }

    /** Its files are public exactly while it is (see MediaUsage). */
    private void recordMediaUses(Article article) {
        MediaFile image = article.getFeaturedImage();
        String english = article.getEnglish().getBody();
        mediaUsage.record(MediaUse.Item.ARTICLE, article.getId(), image == null ? null : image.getId(),
                english == null ? article.getBody() : article.getBody() + english);
    }

    private void keepRevision(Article article) {
        em.persist(new ArticleRevision(article, history.nextRevisionNumber(article.getId()), caller(), ClusterTime.now()));
    }

    /** SQLState 23505, unique_violation, as both H2 and PostgreSQL report it. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void contentChanged(Article article) {
        changed.fire(new ContentChanged("article", article.getId()));
    }

    private String caller() {
        return caller.name();
    }

    private EditorialRules rules() {
        return new EditorialRules(caller(), isEditor());
    }
}
