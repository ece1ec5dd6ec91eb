package vn.govportal.article;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.WorkItem;
import vn.govportal.search.ItemType;
import vn.govportal.search.SiteSearch;
import vn.govportal.security.Caller;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;
import vn.govportal.text.LikePatterns;

/**
 * The admin console's lists of articles: all of them filtered, sorted and a page at a time, and
 * the short lists of the dashboard (at most {@link #MAX_LISTED} each).
 */
@Stateless
@RequiresRole(Role.AUTHOR)
public class ArticleCatalog {

    /**
     * Columns the list may be sorted by, and the attribute each sorts on; the id breaks ties in the
     * same direction, so that an index on (column, id) gives the order without sorting the table.
     */
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "a.title", "status", "a.status", "categoryName", "c.name",
            "owner", "a.owner", "published", "a.publishedAt", "updated", "a.updatedAt");

    /** The most any of the dashboard's lists holds. */
    public static final int MAX_LISTED = 50;

    private static final String ITEM = "SELECT a.id, a.title, a.owner, ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private SiteSearch search;

    /** The most search matches a text filter takes: the best of them, far more than anyone pages through. */
    private static final int SEARCH_MATCHES = 1_000;

    /** What the list is narrowed to; null or blank fields do not narrow it. */
    public record Filter(PublicationStatus status, Long categoryId, String owner, String text) {
    }

    public long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM Article a JOIN a.category c" + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public List<ArticleRow> page(Filter filter, String sortField, boolean ascending, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        String order = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "a.updatedAt");
        boolean asc = SORTABLE.containsKey(sortField == null ? "" : sortField) && ascending;
        TypedQuery<ArticleRow> query = em.createQuery("SELECT NEW vn.govportal.article.ArticleRow(a.id, a.title, a.status,"
                + " c.name, a.owner, a.publishedAt, a.updatedAt, a.english.title, a.english.published) FROM Article a JOIN a.category c" + where
                + " ORDER BY " + order + (asc ? " ASC, a.id ASC" : " DESC, a.id DESC"), ArticleRow.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100))).getResultList();
    }

    /**
     * The caller's own drafts, last changed first: what they are writing, and what someone else
     * (an editor) sent back to them, with the note that came with it.
     */
    public List<WorkItem> myDrafts(int limit) {
        List<WorkItem> drafts = items(em.createQuery(ITEM + "a.updatedAt FROM Article a WHERE a.owner = :owner"
                + " AND a.status = :draft ORDER BY a.updatedAt DESC, a.id DESC", Object[].class)
                .setParameter("owner", caller.name())
                .setParameter("draft", PublicationStatus.DRAFT), limit);
        if (drafts.isEmpty()) {
            return drafts;
        }
        // The latest status change of each: a draft is "returned" when someone other than its owner made it one.
        Map<Long, String> returned = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT t.articleId, t.comment FROM ArticleTransition t, Article a"
                        + " WHERE a.id = t.articleId AND t.articleId IN :ids AND t.toStatus = :draft AND t.fromStatus IS NOT NULL"
                        + " AND t.actor <> a.owner AND t.id = (SELECT MAX(l.id) FROM ArticleTransition l WHERE l.articleId = t.articleId)",
                        Object[].class)
                .setParameter("ids", drafts.stream().map(WorkItem::getId).toList())
                .setParameter("draft", PublicationStatus.DRAFT)
                .getResultList()) {
            returned.put((Long) row[0], (String) row[1]);
        }
        return drafts.stream().map(d -> returned.containsKey(d.getId()) ? d.returnedWith(returned.get(d.getId())) : d).toList();
    }

    /** Articles sent for review, the longest waiting first. */
    public List<WorkItem> awaitingReview(int limit) {
        return items(em.createQuery(ITEM + "a.updatedAt FROM Article a WHERE a.status = :review"
                + " ORDER BY a.updatedAt ASC, a.id ASC", Object[].class)
                .setParameter("review", PublicationStatus.AWAITING_REVIEW), limit);
    }

    /** The articles visitors see, the last published first. */
    public List<WorkItem> latestPublished(int limit, Instant now) {
        return items(em.createQuery(ITEM + "a.publishedAt FROM Article a WHERE" + Article.PUBLIC
                + " ORDER BY a.publishedAt DESC, a.id DESC", Object[].class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now), limit);
    }

    private static List<WorkItem> items(TypedQuery<Object[]> query, int limit) {
        return query.setMaxResults(Math.max(1, Math.min(limit, MAX_LISTED))).getResultList().stream()
                .map(row -> new WorkItem(WorkItem.Kind.ARTICLE, (Long) row[0], (String) row[1], (String) row[2], (Instant) row[3]))
                .toList();
    }

    private String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            params.put("status", filter.status());
        }
        if (filter.categoryId() != null) {
            conditions.add("c.id = :categoryId");
            params.put("categoryId", filter.categoryId());
        }
        if (filter.owner() != null && !filter.owner().isBlank()) {
            conditions.add("a.owner = :owner");
            params.put("owner", filter.owner().strip());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // The words as the search understands them (without marks, names written apart), or the letters as typed.
            List<Long> matches = search.staffMatches(ItemType.ARTICLE, filter.text(), SEARCH_MATCHES);
            conditions.add("(LOWER(a.title) LIKE :text OR LOWER(a.author) LIKE :text" + (matches.isEmpty() ? "" : " OR a.id IN :matches") + ")");
            params.put("text", LikePatterns.containing(filter.text()));
            if (!matches.isEmpty()) {
                params.put("matches", matches);
            }
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
