package vn.govportal.notice;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.govportal.audit.AuditLog;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.media.MediaFile;
import vn.govportal.media.MediaUsage;
import vn.govportal.media.MediaUse;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.HtmlSanitizer;
import vn.govportal.publishing.Lengths;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.StaleEdit;
import vn.govportal.publishing.Translation;
import vn.govportal.publishing.Translations;
import vn.govportal.security.Caller;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;
import vn.govportal.text.Slugs;

/**
 * Editors write notices: a title, a summary, a cleaned body, an attached document from the media
 * library and a publish window (from when, until when). Saves are checked against the version
 * that was edited and shown on the public site at once.
 */
@Stateless
@RequiresRole(Role.EDITOR)
public class NoticeEditing {

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

    public Optional<Notice> find(long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    /**
     * Saves a new or edited notice (detached, carrying the version it was edited from). Publishing
     * without a time publishes now; a time in the future schedules it.
     */
    public Notice save(Notice notice, Long attachmentId) {
        return save(notice, attachmentId, notice.getEnglish());
    }

    /** The same, with the English version as the form holds it ({@code english}: blank fields for none). */
    public Notice save(Notice notice, Long attachmentId, Translation english) {
        notice.setEnglish(Translations.checked(english, slug -> englishSlugTaken(slug, notice.getId()), english.isPublished()));
        String title = notice.getTitle() == null ? "" : notice.getTitle().strip();
        if (title.isEmpty()) {
            throw new EditRefused("title", "article.refused.required");
        }
        if (title.length() > Lengths.TITLE) {
            throw new EditRefused("title", "article.refused.tooLong", Lengths.TITLE);
        }
        notice.setTitle(title);
        String summary = notice.getSummary() == null ? null : notice.getSummary().strip();
        if (summary != null && summary.length() > Lengths.SUMMARY) {
            throw new EditRefused("summary", "article.refused.tooLong", Lengths.SUMMARY);
        }
        notice.setSummary(summary == null || summary.isEmpty() ? null : summary);
        String body = HtmlSanitizer.clean(notice.getBody());
        if (body.length() > Lengths.BODY) {
            throw new EditRefused("body", "article.refused.bodyTooLong", Lengths.BODY / 1000);
        }
        notice.setBody(body.isEmpty() ? "<p>" + escape(notice.getSummary() == null ? title : notice.getSummary()) + "</p>" : body);
        MediaFile attachment = null;
        if (attachmentId != null) {
            attachment = em.find(MediaFile.class, attachmentId);
            if (attachment == null || attachment.getOriginalId() != null) {
                throw new EditRefused("attachment", "notice.refused.attachment");
            }
        }
        notice.setAttachment(attachment);
        if (notice.getStatus() == PublicationStatus.PUBLISHED && notice.getPublishedAt() == null) {
            notice.setPublishedAt(ClusterTime.now());
        }
        if (notice.getExpiresAt() != null && notice.getPublishedAt() != null && !notice.getExpiresAt().isAfter(notice.getPublishedAt())) {
            throw new EditRefused("expiresAt", "site.refused.period");
        }
        boolean created = notice.getId() == null;
        if (created) {
            notice.setSlug(Slugs.unique(title, this::slugTaken));
        }
        Notice saved;
        try {
            saved = created ? persist(notice) : em.merge(notice);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit();
        }
        // Its files are public exactly while it is (see MediaUsage).
        String englishBody = saved.getEnglish().getBody();
        mediaUsage.record(MediaUse.Item.NOTICE, saved.getId(), attachment == null ? null : attachment.getId(),
                englishBody == null ? saved.getBody() : saved.getBody() + englishBody);
        audit.record(caller(), null, created ? "NOTICE_CREATED" : "NOTICE_SAVED", "Notice", saved.getId(), title);
        changed.fire(new ContentChanged("notice", saved.getId()));
        return saved;
    }

    public void delete(long id) {
        Notice notice = em.find(Notice.class, id);
        if (notice != null) {
            em.remove(notice);
            mediaUsage.forget(MediaUse.Item.NOTICE, id);
            audit.record(caller(), null, "NOTICE_DELETED", "Notice", id, notice.getTitle());
            changed.fire(new ContentChanged("notice", id));
        }
    }

    private Notice persist(Notice notice) {
        em.persist(notice);
        return notice;
    }

    private boolean englishSlugTaken(String slug, Long ownId) {
        return em.createQuery("SELECT n.id FROM Notice n WHERE n.english.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().stream().anyMatch(id -> !id.equals(ownId));
    }

    private boolean slugTaken(String slug) {
        return !em.createQuery("SELECT n.id FROM Notice n WHERE n.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().isEmpty();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private String caller() {
        return caller.name();
    }
}
