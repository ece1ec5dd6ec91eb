package vn.govportal.article;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.govportal.audit.AuditLog;
import vn.govportal.category.Category;
import vn.govportal.media.MediaFile;
import vn.govportal.media.MediaUsage;
import vn.govportal.media.MediaUse;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.HtmlSanitizer;
import vn.govportal.publishing.Lengths;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.ScheduledChange;
import vn.govportal.publishing.Translation;
import vn.govportal.publishing.Translations;
import vn.govportal.text.Slugs;
import static vn.govportal.publishing.PublicationStatus.AWAITING_REVIEW;
import static vn.govportal.publishing.PublicationStatus.DRAFT;
import static vn.govportal.publishing.PublicationStatus.PUBLISHED;
import static vn.govportal.publishing.PublicationStatus.SCHEDULED;
import static vn.govportal.publishing.PublicationStatus.UNPUBLISHED;


/**
 * Staff's changes to articles, with the editorial rules: authors write and submit their own
 * drafts; editors edit any article, publish, schedule and unpublish. Every save is checked
 * against the version the editor started from (no lost updates), cleaned (no script), kept as a
 * revision, and every status change is recorded.
 */
@Stateless
@DeclareRoles({"AUTHOR", "EDITOR", "ADMIN"})
@RolesAllowed("AUTHOR")
public class ArticleEditing {

    static final int MAX_TITLE = Lengths.TITLE;
    static final int MAX_LEAD = 2000;
    static final int MAX_BODY = 1_000_000;
    static final int MAX_AUTHOR = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ContentChanged> changed;

    @Inject
    private MediaUsage mediaUsage;

    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    /** Whether the signed-in member may change this article's content now. */
    public boolean canEdit(Article article) {
        return isEditor() || (caller().equals(article.getOwner()) && article.getStatus() == DRAFT);
    }

    public boolean isEditor() {
        return session.isCallerInRole("EDITOR");
    }

    public Article create(ArticleDraft draft) {
        Article article = new Article();
        apply(draft, article);
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
        apply(draft, article);
        flushOrConflict(article);
        recordMediaUses(article);
        keepRevision(article);
        audit.record(caller(), null, "ARTICLE_SAVED", "Article", article.getId(), article.getTitle());
        contentChanged(article);
        return article;
    }

    public Article submitForReview(long id, long version, String comment) {
        Article article = lockedForChange(id, version);
        if (!isEditor() && !caller().equals(article.getOwner())) {
            throw new EditRefused(null, "article.refused.notOwner");
        }
        return transition(article, AWAITING_REVIEW, comment);
    }

    /** Publishes now, or schedules publication for {@code at} if it is in the future. */
    @RolesAllowed("EDITOR")
    public Article publish(long id, long version, Instant at, String comment) {
        Article article = lockedForChange(id, version);
        Instant now = Instant.now();
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
    @RolesAllowed("EDITOR")
    public Article unpublish(long id, long version, Instant at, String comment) {
        Article article = lockedForChange(id, version);
        if (at == null) {
            article.setUnpublishAt(null);
            return transition(article, UNPUBLISHED, comment);
        }
        if (!at.isAfter(Instant.now())) {
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
        boolean ownerWithdrawing = caller().equals(article.getOwner()) && article.getStatus() == AWAITING_REVIEW;
        if (!isEditor() && !ownerWithdrawing) {
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
        return canEdit(article) && article.getStatus() != PUBLISHED && article.getStatus() != SCHEDULED;
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

    public List<ArticleTransition> transitions(long articleId) {
        return em.createNamedQuery("ArticleTransition.forArticle", ArticleTransition.class)
                .setParameter("articleId", articleId)
                .getResultList();
    }

    /** The latest status changes of all articles, newest first, for the dashboard. */
    public List<RecentChange> recentChanges(int limit) {
        return em.createQuery("SELECT NEW vn.govportal.article.RecentChange(a.id, a.title, t.actor, t.fromStatus,"
                        + " t.toStatus, t.occurredAt) FROM ArticleTransition t, Article a WHERE a.id = t.articleId"
                        + " ORDER BY t.occurredAt DESC, t.id DESC", RecentChange.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** What the scheduler will do to articles, soonest first: publish those scheduled, take down those due to go. */
    public List<ScheduledChange> scheduledChanges(int limit) {
        List<ScheduledChange> changes = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT a.id, a.title, a.publishedAt FROM Article a WHERE a.status = :scheduled"
                + " ORDER BY a.publishedAt", Object[].class).setParameter("scheduled", SCHEDULED).setMaxResults(limit).getResultList()) {
            changes.add(new ScheduledChange(ScheduledChange.Kind.ARTICLE_PUBLISH, (Long) row[0], (String) row[1], (Instant) row[2]));
        }
        for (Object[] row : em.createQuery("SELECT a.id, a.title, a.unpublishAt FROM Article a WHERE a.status = :published"
                + " AND a.unpublishAt IS NOT NULL ORDER BY a.unpublishAt", Object[].class)
                .setParameter("published", PUBLISHED).setMaxResults(limit).getResultList()) {
            changes.add(new ScheduledChange(ScheduledChange.Kind.ARTICLE_UNPUBLISH, (Long) row[0], (String) row[1], (Instant) row[2]));
        }
        return changes.stream().sorted().limit(limit).toList();
    }

    public List<ArticleRevision> revisions(long articleId) {
        return em.createNamedQuery("ArticleRevision.forArticle", ArticleRevision.class)
                .setParameter("articleId", articleId)
                .getResultList();
    }

    public Optional<ArticleRevision> revision(long articleId, int number) {
        return em.createNamedQuery("ArticleRevision.find", ArticleRevision.class)
                .setParameter("articleId", articleId)
                .setParameter("number", number)
                .getResultList().stream().findFirst();
    }

    /** Puts a revision's content back as the article's current content, saved as a new revision. */
    public Article restore(long articleId, long version, int number) {
        ArticleRevision revision = revision(articleId, number)
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
        apply(draft, article);
        flushOrConflict(article);
        recordMediaUses(article);
        keepRevision(article);
        audit.record(caller(), null, "ARTICLE_RESTORED", "Article", article.getId(), "revision " + number);
        contentChanged(article);
        return article;
    }

    /**
     * Publishes scheduled articles whose time has come and unpublishes those due to go; each
     * change is a conditional update, so it happens once even if two servers run it together.
     */
    @PermitAll
    public int runSchedules(Instant now) {
        int done = 0;
        List<Long> due = em.createQuery("SELECT a.id FROM Article a WHERE a.status = :scheduled AND a.publishedAt <= :now",
                Long.class).setParameter("scheduled", SCHEDULED).setParameter("now", now).getResultList();
        for (Long id : due) {
            done += scheduled(id, SCHEDULED, PUBLISHED, "a.publishedAt <= :now", now);
        }
        List<Long> ending = em.createQuery("SELECT a.id FROM Article a WHERE a.status = :published AND a.unpublishAt <= :now",
                Long.class).setParameter("published", PUBLISHED).setParameter("now", now).getResultList();
        for (Long id : ending) {
            done += scheduled(id, PUBLISHED, UNPUBLISHED, "a.unpublishAt <= :now", now);
        }
        return done;
    }

    private int scheduled(long id, PublicationStatus from, PublicationStatus to, String due, Instant now) {
        int updated = em.createQuery("UPDATE Article a SET a.status = :to, a.version = a.version + 1,"
                        + (to == UNPUBLISHED ? " a.unpublishAt = NULL," : "") + " a.updatedAt = :now"
                        + " WHERE a.id = :id AND a.status = :from AND " + due)
                .setParameter("to", to).setParameter("from", from).setParameter("id", id).setParameter("now", now)
                .executeUpdate();
        if (updated == 1) {
            em.persist(new ArticleTransition(id, now, ArticleTransition.SCHEDULER, from, to, null));
            audit.record(ArticleTransition.SCHEDULER, null, "ARTICLE_" + to.name(), "Article", id, "scheduled");
            changed.fire(new ContentChanged("article", id));
        }
        return updated;
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
        List<ArticleRevision> revisions = revisions(current.getId());
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
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 1000) {
            throw new EditRefused("comment", "article.refused.tooLong", 1000);
        }
        em.persist(new ArticleTransition(article.getId(), Instant.now(), caller(), from, to, text));
    }

    /** Its files are public exactly while it is (see MediaUsage). */
    private void recordMediaUses(Article article) {
        MediaFile image = article.getFeaturedImage();
        String english = article.getEnglish().getBody();
        mediaUsage.record(MediaUse.Item.ARTICLE, article.getId(), image == null ? null : image.getId(),
                english == null ? article.getBody() : article.getBody() + english);
    }

    private void keepRevision(Article article) {
        int last = em.createNamedQuery("ArticleRevision.lastNumber", Integer.class)
                .setParameter("articleId", article.getId()).getSingleResult();
        em.persist(new ArticleRevision(article, last + 1, caller(), Instant.now()));
    }

    /** Checks and copies the form into the entity; nothing is changed if anything is refused. */
    private void apply(ArticleDraft draft, Article article) {
        String title = required("title", draft.getTitle(), MAX_TITLE);
        String body = HtmlSanitizer.clean(draft.getBody());
        if (body.isEmpty()) {
            throw new EditRefused("body", "article.refused.required");
        }
        if (body.length() > MAX_BODY) {
            throw new EditRefused("body", "article.refused.bodyTooLong", MAX_BODY / 1000);
        }
        String lead = optional("lead", draft.getLead(), MAX_LEAD);
        String author = optional("author", draft.getAuthor(), MAX_AUTHOR);
        Category category = draft.getCategoryId() == null ? null : em.find(Category.class, draft.getCategoryId());
        if (category == null) {
            throw new EditRefused("category", "article.refused.required");
        }
        MediaFile image = null;
        if (draft.getFeaturedImageId() != null) {
            image = em.find(MediaFile.class, draft.getFeaturedImageId());
            if (image == null || !image.getContentType().startsWith("image/")) {
                throw new EditRefused("featuredImage", "article.refused.image");
            }
        }
        String slug = slugFor(draft, title, article.getId());
        Translation english = english(draft, article);

        article.setTitle(title);
        article.setSlug(slug);
        article.setLead(lead);
        article.setBody(body);
        article.setAuthor(author);
        article.setCategory(category);
        article.setFeaturedImage(image);
        article.setFeatured(draft.isFeatured() && isEditor());
        article.setEnglish(english);
    }

    /** The English version the form holds; only an editor publishes it or takes it down. */
    private Translation english(ArticleDraft draft, Article article) {
        Translation typed = new Translation(draft.getTitleEn(), draft.getSlugEn(), draft.getLeadEn(), draft.getBodyEn(), false);
        boolean published = isEditor() ? draft.isEnglishPublished() : article.getEnglish().isPublished();
        return Translations.checked(typed, slug -> englishSlugTaken(slug, article.getId()), published);
    }

    private boolean englishSlugTaken(String slug, Long ownId) {
        return em.createQuery("SELECT a.id FROM Article a WHERE a.english.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().stream().anyMatch(id -> !id.equals(ownId));
    }

    private String slugFor(ArticleDraft draft, String title, Long ownId) {
        String given = draft.getSlug() == null ? "" : draft.getSlug().strip();
        if (given.isEmpty()) {
            return Slugs.unique(title, s -> slugTaken(s, ownId));
        }
        // Staff may type the address words with diacritics or capitals: fold them as for a title.
        String slug = Slugs.isWellFormed(given) ? given : Slugs.slugify(given);
        if (!Slugs.isWellFormed(slug)) {
            throw new EditRefused("slug", "article.refused.slug");
        }
        if (slugTaken(slug, ownId)) {
            throw new EditRefused("slug", "article.refused.slugTaken", slug);
        }
        return slug;
    }

    private boolean slugTaken(String slug, Long ownId) {
        return em.createQuery("SELECT a.id FROM Article a WHERE a.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().stream().anyMatch(id -> !id.equals(ownId));
    }

    private static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new EditRefused(field, "article.refused.required");
        }
        if (text.length() > max) {
            throw new EditRefused(field, "article.refused.tooLong", max);
        }
        return text;
    }

    private static String optional(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new EditRefused(field, "article.refused.tooLong", max);
        }
        return text.isEmpty() ? null : text;
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
        return session.getCallerPrincipal().getName();
    }
}
