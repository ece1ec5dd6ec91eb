package vn.govportal.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.govportal.publishing.PublicationStatus;

/** The admin console's list of all articles: filtered, sorted and a page at a time. */
@Stateless
@RolesAllowed("AUTHOR")
public class ArticleCatalog {

    /** Columns the list may be sorted by, and the attribute each sorts on. */
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "a.title", "status", "a.status", "categoryName", "c.name",
            "owner", "a.owner", "published", "a.publishedAt", "updated", "a.updatedAt");

    @PersistenceContext
    private EntityManager em;

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
                + " c.name, a.owner, a.publishedAt, a.updatedAt) FROM Article a JOIN a.category c" + where
                + " ORDER BY " + order + (asc ? " ASC" : " DESC") + ", a.id DESC", ArticleRow.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100))).getResultList();
    }

    private static String where(Filter filter, Map<String, Object> params) {
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
            conditions.add("(LOWER(a.title) LIKE :text OR LOWER(a.author) LIKE :text)");
            params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
