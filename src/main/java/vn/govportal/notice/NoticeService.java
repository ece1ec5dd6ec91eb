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
import vn.govportal.text.SiteLanguage;

/** Reads the notices visitors may see: published, due, and not yet expired. */
@Stateless
public class NoticeService {

    private static final String NEWEST_FIRST = " ORDER BY n.publishedAt DESC, n.id DESC";
    private static final String ENGLISH_PUBLIC = " AND n.english.published = TRUE";

    /** The notice's page, in {@code language}, with its address on each site. */
    private static String view(SiteLanguage language) {
        return language == SiteLanguage.EN
                ? "SELECT NEW vn.govportal.notice.NoticeView(n.id, n.english.title, n.english.slug, n.english.lead, n.english.body,"
                        + " n.publishedAt, f.id, f.fileName, f.contentType, f.byteSize, n.slug, n.english.slug, n.english.published)"
                        + " FROM Notice n LEFT JOIN n.attachment f"
                : "SELECT NEW vn.govportal.notice.NoticeView(n.id, n.title, n.slug, n.summary, n.body,"
                        + " n.publishedAt, f.id, f.fileName, f.contentType, f.byteSize, n.slug, n.english.slug, n.english.published)"
                        + " FROM Notice n LEFT JOIN n.attachment f";
    }

    /** Lists leave the text out: a sidebar of five notices must not read five whole texts. */
    private static String listItems(SiteLanguage language) {
        return language == SiteLanguage.EN
                ? "SELECT NEW vn.govportal.notice.NoticeView(n.id, n.english.title, n.english.slug, n.english.lead,"
                        + " n.publishedAt, f.id, f.fileName, f.contentType, f.byteSize)"
                        + " FROM Notice n LEFT JOIN n.attachment f WHERE" + Notice.PUBLIC + ENGLISH_PUBLIC
                : "SELECT NEW vn.govportal.notice.NoticeView(n.id, n.title, n.slug, n.summary,"
                        + " n.publishedAt, f.id, f.fileName, f.contentType, f.byteSize)"
                        + " FROM Notice n LEFT JOIN n.attachment f WHERE" + Notice.PUBLIC;
    }

    private static String publicIn(SiteLanguage language) {
        return " WHERE" + Notice.PUBLIC + (language == SiteLanguage.EN ? ENGLISH_PUBLIC : "");
    }

    @PersistenceContext
    private EntityManager em;

    public List<NoticeView> latest(SiteLanguage language, int limit, Instant now) {
        return views(listItems(language) + NEWEST_FIRST, now).setMaxResults(limit).getResultList();
    }

    public long count(SiteLanguage language, Instant now) {
        return em.createQuery("SELECT COUNT(n) FROM Notice n" + publicIn(language), Long.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .getSingleResult();
    }

    /** Public notices {@code offset} to {@code offset + limit}, oldest first (the sitemap). */
    public List<PublicEntry> publicEntries(int offset, int limit, Instant now) {
        return em.createQuery("SELECT NEW vn.govportal.publishing.PublicEntry(n.slug, n.english.slug, n.english.published,"
                        + " n.updatedAt, n.publishedAt) FROM Notice n" + publicIn(SiteLanguage.VI) + " ORDER BY n.id", PublicEntry.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Page {@code number} (from 1, already clamped) of the public notices. */
    public Page<NoticeView> page(SiteLanguage language, int number, int size, long total, Instant now) {
        List<NoticeView> items = views(listItems(language) + NEWEST_FIRST, now)
                .setFirstResult(Page.offset(number, size))
                .setMaxResults(size)
                .getResultList();
        return new Page<>(items, number, size, total);
    }

    public Optional<NoticeView> findPublic(SiteLanguage language, String slug, Instant now) {
        return views(view(language) + publicIn(language) + (language == SiteLanguage.EN ? " AND n.english.slug = :slug" : " AND n.slug = :slug"), now)
                .setParameter("slug", slug)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** A notice as it stands in the console, whatever its status, for staff to preview; dated now if it has no time yet. */
    public Optional<NoticeView> findPreview(SiteLanguage language, long id, Instant now) {
        return em.createQuery(view(language) + " WHERE n.id = :id" + (language == SiteLanguage.EN
                        ? " AND n.english.title IS NOT NULL AND n.english.body IS NOT NULL" : ""), NoticeView.class)
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
