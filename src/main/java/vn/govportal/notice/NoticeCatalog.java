package vn.govportal.notice;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.WorkItem;
import vn.govportal.search.ItemType;
import vn.govportal.search.SiteSearch;
import vn.govportal.security.Caller;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;
import vn.govportal.text.LikePatterns;

/**
 * The admin console's lists of notices: all of them for the notice list, and the short lists of
 * the dashboard (at most {@link #MAX_LISTED} each). Notices are the editors' (see NoticeEditing).
 */
@Stateless
@RequiresRole(Role.EDITOR)
public class NoticeCatalog {

    /** The most any of the dashboard's lists holds. */
    public static final int MAX_LISTED = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private SiteSearch search;

    /** The most search matches a text filter takes. */
    private static final int SEARCH_MATCHES = 1_000;

    /** Every notice, last changed first. */
    public List<NoticeRow> rows() {
        return rows(null);
    }

    /**
     * The notices whose title holds {@code text} as typed, or whose text the search matches
     * (without marks, names written apart), last changed first; every notice for a blank text.
     */
    public List<NoticeRow> rows(String text) {
        String select = "SELECT NEW vn.govportal.notice.NoticeRow(n.id, n.title, n.status, f.fileName, n.updatedAt)"
                + " FROM Notice n LEFT JOIN n.attachment f";
        String order = " ORDER BY n.updatedAt DESC, n.id DESC";
        if (text == null || text.isBlank()) {
            return em.createQuery(select + order, NoticeRow.class).getResultList();
        }
        List<Long> matches = search.staffMatches(ItemType.NOTICE, text, SEARCH_MATCHES);
        TypedQuery<NoticeRow> query = em.createQuery(select + " WHERE LOWER(n.title) LIKE :text"
                + (matches.isEmpty() ? "" : " OR n.id IN :matches") + order, NoticeRow.class)
                .setParameter("text", LikePatterns.containing(text));
        if (!matches.isEmpty()) {
            query.setParameter("matches", matches);
        }
        return query.getResultList();
    }

    /**
     * The drafts the caller created, last changed first. A notice records no owner of its own:
     * who created it is what the audit log says (NoticeEditing records NOTICE_CREATED).
     */
    public List<WorkItem> myDrafts(int limit) {
        return items(em.createQuery("SELECT n.id, n.title, n.updatedAt FROM Notice n WHERE n.status = :draft"
                        + " AND EXISTS (SELECT e.id FROM AuditEvent e WHERE e.action = 'NOTICE_CREATED' AND e.targetType = 'Notice'"
                        + " AND e.targetId = n.id AND e.actor = :actor) ORDER BY n.updatedAt DESC, n.id DESC", Object[].class)
                .setParameter("draft", PublicationStatus.DRAFT)
                .setParameter("actor", caller.name()), limit);
    }

    /** The notices visitors see, the last published first. */
    public List<WorkItem> latestPublished(int limit, Instant now) {
        return items(em.createQuery("SELECT n.id, n.title, n.publishedAt FROM Notice n WHERE" + Notice.PUBLIC
                        + " ORDER BY n.publishedAt DESC, n.id DESC", Object[].class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now), limit);
    }

    private static List<WorkItem> items(TypedQuery<Object[]> query, int limit) {
        return query.setMaxResults(Math.max(1, Math.min(limit, MAX_LISTED))).getResultList().stream()
                .map(row -> new WorkItem(WorkItem.Kind.NOTICE, (Long) row[0], (String) row[1], null, (Instant) row[2]))
                .toList();
    }
}
