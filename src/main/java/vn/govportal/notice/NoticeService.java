package vn.govportal.notice;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.govportal.paging.Page;
import vn.govportal.publishing.PublicEntry;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.ScheduledChange;

/** Reads the notices visitors may see: published, due, and not yet expired. */
@Stateless
public class NoticeService {

    private static final String VIEW = "SELECT NEW vn.govportal.notice.NoticeView(n.id, n.title, n.slug, n.summary,"
            + " n.body, n.publishedAt, f.id, f.fileName, f.contentType, f.byteSize)"
            + " FROM Notice n LEFT JOIN n.attachment f";
    /** Lists leave the text out: a sidebar of five notices must not read five whole texts. */
    private static final String LIST_ITEM = "SELECT NEW vn.govportal.notice.NoticeView(n.id, n.title, n.slug, n.summary,"
            + " n.publishedAt, f.id, f.fileName, f.contentType, f.byteSize)"
            + " FROM Notice n LEFT JOIN n.attachment f";
    private static final String PUBLIC = " WHERE" + Notice.PUBLIC;
    private static final String NEWEST_FIRST = " ORDER BY n.publishedAt DESC, n.id DESC";

    @PersistenceContext
    private EntityManager em;

    public List<NoticeView> latest(int limit, Instant now) {
        return views(LIST_ITEM + PUBLIC + NEWEST_FIRST, now).setMaxResults(limit).getResultList();
    }

    public long count(Instant now) {
        return em.createQuery("SELECT COUNT(n) FROM Notice n" + PUBLIC, Long.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .getSingleResult();
    }

    /** Public notices {@code offset} to {@code offset + limit}, oldest first (the sitemap). */
    public List<PublicEntry> publicEntries(int offset, int limit, Instant now) {
        return em.createQuery("SELECT NEW vn.govportal.publishing.PublicEntry(n.slug, n.updatedAt, n.publishedAt)"
                        + " FROM Notice n" + PUBLIC + " ORDER BY n.id", PublicEntry.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Page {@code number} (from 1, already clamped) of the public notices. */
    public Page<NoticeView> page(int number, int size, long total, Instant now) {
        List<NoticeView> items = views(LIST_ITEM + PUBLIC + NEWEST_FIRST, now)
                .setFirstResult(Page.offset(number, size))
                .setMaxResults(size)
                .getResultList();
        return new Page<>(items, number, size, total);
    }

    public Optional<NoticeView> findPublic(String slug, Instant now) {
        return views(VIEW + PUBLIC + " AND n.slug = :slug", now)
                .setParameter("slug", slug)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** A notice as it stands in the console, whatever its status, for staff to preview; dated now if it has no time yet. */
    public Optional<NoticeView> findPreview(long id, Instant now) {
        return em.createQuery("SELECT NEW vn.govportal.notice.NoticeView(n.id, n.title, n.slug, n.summary,"
                        + " n.body, n.publishedAt, f.id, f.fileName, f.contentType, f.byteSize)"
                        + " FROM Notice n LEFT JOIN n.attachment f WHERE n.id = :id", NoticeView.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst()
                .map(view -> view.datedIfUndated(now));
    }

    /** Published notices whose publish time is still to come, soonest first: they appear by themselves. */
    public List<ScheduledChange> scheduled(int limit, Instant now) {
        return em.createQuery("SELECT n.id, n.title, n.publishedAt FROM Notice n"
                        + " WHERE n.status = :published AND n.publishedAt > :now ORDER BY n.publishedAt", Object[].class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(row -> new ScheduledChange(ScheduledChange.Kind.NOTICE_PUBLISH, (Long) row[0], (String) row[1], (Instant) row[2]))
                .toList();
    }

    private TypedQuery<NoticeView> views(String jpql, Instant now) {
        return em.createQuery(jpql, NoticeView.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now);
    }
}
