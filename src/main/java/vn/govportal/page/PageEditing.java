package vn.govportal.page;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.govportal.audit.AuditLog;
import vn.govportal.cluster.ClusterTime;
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
 * Editors write the site's pages: a title, an address word, a summary and a cleaned body, in
 * Vietnamese and optionally English, a draft until published. Each save is checked against the
 * version that was edited, kept as a revision, and on the public site at once.
 */
@Stateless
@RequiresRole(Role.EDITOR)
public class PageEditing {

    static final int MAX_TITLE = Lengths.TITLE;
    static final int MAX_SUMMARY = Lengths.SUMMARY;
    static final int MAX_BODY = Lengths.BODY;

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

    public Optional<SitePage> find(long id) {
        return Optional.ofNullable(em.find(SitePage.class, id));
    }

    /** Every page, by title, for the console's list and the menu editor. */
    public List<PageRow> rows() {
        return em.createQuery("SELECT NEW vn.govportal.page.PageRow(p.id, p.title, p.slug, p.status, p.english.published, p.updatedAt)"
                + " FROM SitePage p ORDER BY p.title, p.id", PageRow.class).getResultList();
    }

    /**
     * Saves a new or edited page (detached, carrying the version it was edited from), with the
     * English version as the form holds it. A blank address word is made from the title.
     */
    public SitePage save(SitePage page, Translation english) {
        page.setEnglish(Translations.checked(english, slug -> englishSlugTaken(slug, page.getId()), english.isPublished()));
        String title = page.getTitle() == null ? "" : page.getTitle().strip();
        if (title.isEmpty()) {
            throw new EditRefused("title", "article.refused.required");
        }
        if (title.length() > MAX_TITLE) {
            throw new EditRefused("title", "article.refused.tooLong", MAX_TITLE);
        }
        page.setTitle(title);
        String summary = page.getSummary() == null ? "" : page.getSummary().strip();
        if (summary.length() > MAX_SUMMARY) {
            throw new EditRefused("summary", "article.refused.tooLong", MAX_SUMMARY);
        }
        page.setSummary(summary.isEmpty() ? null : summary);
        String body = HtmlSanitizer.clean(page.getBody());
        if (body.isBlank() || org.jsoup.Jsoup.parseBodyFragment(body).text().isBlank() && !body.contains("<img")) {
            throw new EditRefused("body", "article.refused.required");
        }
        if (body.length() > MAX_BODY) {
            throw new EditRefused("body", "article.refused.bodyTooLong", MAX_BODY / 1000);
        }
        page.setBody(body);
        page.setSlug(checkedSlug(page.getSlug(), title, page.getId()));
        if (page.getStatus() == null) {
            page.setStatus(PublicationStatus.DRAFT);
        }
        if (page.getStatus() == PublicationStatus.PUBLISHED && page.getPublishedAt() == null) {
            page.setPublishedAt(ClusterTime.now());
        }
        boolean created = page.getId() == null;
        SitePage saved;
        try {
            if (created) {
                em.persist(page);
                saved = page;
            } else {
                if (em.find(SitePage.class, page.getId()) == null) {
                    throw new EditRefused(null, "site.refused.gone");
                }
                saved = em.merge(page);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit();
        }
        Instant now = ClusterTime.now();
        em.persist(new PageRevision(saved, lastRevision(saved.getId()) + 1, caller(), now));
        String englishBody = saved.getEnglish().getBody();
        // Its images are public exactly while it is (see MediaUsage).
        mediaUsage.record(MediaUse.Item.PAGE, saved.getId(), null,
                englishBody == null ? saved.getBody() : saved.getBody() + englishBody);
        audit.record(caller(), null, created ? "PAGE_CREATED" : "PAGE_SAVED", "SitePage", saved.getId(), title);
        changed.fire(new ContentChanged("page", saved.getId()));
        return saved;
    }

    /** Its revisions, newest first, without their text. */
    public List<PageRevision> revisions(long pageId) {
        return em.createQuery("SELECT r FROM PageRevision r WHERE r.pageId = :id ORDER BY r.number DESC", PageRevision.class)
                .setParameter("id", pageId).getResultList();
    }

    public Optional<PageRevision> revision(long pageId, int number) {
        return em.createQuery("SELECT r FROM PageRevision r WHERE r.pageId = :id AND r.number = :number", PageRevision.class)
                .setParameter("id", pageId).setParameter("number", number).getResultList().stream().findFirst();
    }

    /** Deletes a page, unless a menu still leads to it: that link would lead nowhere. */
    public void delete(long id) {
        SitePage page = em.find(SitePage.class, id);
        if (page == null) {
            return;
        }
        Long inMenus = em.createQuery("SELECT COUNT(m) FROM MenuItem m WHERE m.target = vn.govportal.menu.MenuTarget.PAGE"
                + " AND m.targetId = :id", Long.class).setParameter("id", id).getSingleResult();
        if (inMenus > 0) {
            throw new EditRefused(null, "page.refused.inMenu", inMenus);
        }
        em.remove(page);
        mediaUsage.forget(MediaUse.Item.PAGE, id);
        audit.record(caller(), null, "PAGE_DELETED", "SitePage", id, page.getTitle());
        changed.fire(new ContentChanged("page", id));
    }

    private String checkedSlug(String given, String title, Long ownId) {
        String typed = given == null ? "" : given.strip();
        if (typed.isEmpty()) {
            return Slugs.unique(title, slug -> slugTaken(slug, ownId));
        }
        String slug = Slugs.isWellFormed(typed) ? typed : Slugs.slugify(typed);
        if (!Slugs.isWellFormed(slug)) {
            throw new EditRefused("slug", "article.refused.slug");
        }
        if (slugTaken(slug, ownId)) {
            throw new EditRefused("slug", "article.refused.slugTaken", slug);
        }
        return slug;
    }

    private int lastRevision(long pageId) {
        Integer last = em.createQuery("SELECT MAX(r.number) FROM PageRevision r WHERE r.pageId = :id", Integer.class)
                .setParameter("id", pageId).getSingleResult();
        return last == null ? 0 : last;
    }

    private boolean slugTaken(String slug, Long ownId) {
        return em.createQuery("SELECT p.id FROM SitePage p WHERE p.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().stream().anyMatch(id -> !id.equals(ownId));
    }

    private boolean englishSlugTaken(String slug, Long ownId) {
        return em.createQuery("SELECT p.id FROM SitePage p WHERE p.english.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().stream().anyMatch(id -> !id.equals(ownId));
    }

    private String caller() {
        return caller.name();
    }
}
