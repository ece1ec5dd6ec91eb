package vn.govportal.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.WorkItem;
import vn.govportal.search.ItemType;
import vn.govportal.search.SiteSearch;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;
import vn.govportal.text.LikePatterns;

/** The console's view of the register: documents page by page, last changed first, whatever their status. */
@Stateless
@RequiresRole(Role.AUTHOR)
public class DocumentCatalog {

    /** The most search matches a text filter takes. */
    private static final int SEARCH_MATCHES = 1_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SiteSearch search;

    public long count(DocumentType type, String text) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(type, text, parameters);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(d) FROM LegalDocument d" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public List<DocumentListing> page(DocumentType type, String text, int first, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(type, text, parameters);
        TypedQuery<DocumentListing> query = em.createQuery("SELECT NEW vn.govportal.document.DocumentListing(d.id, d.number, d.type,"
                + " d.summary, d.authority, d.issuedOn, d.status, d.updatedAt) FROM LegalDocument d" + where
                + " ORDER BY d.updatedAt DESC, d.id DESC", DocumentListing.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** The documents with this số ký hiệu (of this authority, if one is given), compared without regard to case. */
    public List<Long> numbered(String number, String authority) {
        TypedQuery<Long> query = em.createQuery("SELECT d.id FROM LegalDocument d WHERE LOWER(d.number) = :number"
                + (authority == null || authority.isEmpty() ? "" : " AND LOWER(d.authority) = :authority"), Long.class)
                .setParameter("number", number.toLowerCase(java.util.Locale.ROOT));
        if (authority != null && !authority.isEmpty()) {
            query.setParameter("authority", authority.toLowerCase(java.util.Locale.ROOT));
        }
        return query.setMaxResults(5).getResultList();
    }

    /** The rows of the given documents, in that order (the form's chosen relations). */
    public List<DocumentListing> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DocumentListing> found = new LinkedHashMap<>();
        em.createQuery("SELECT NEW vn.govportal.document.DocumentListing(d.id, d.number, d.type, d.summary, d.authority,"
                + " d.issuedOn, d.status, d.updatedAt) FROM LegalDocument d WHERE d.id IN :ids", DocumentListing.class)
                .setParameter("ids", ids).getResultList().forEach(r -> found.put(r.id(), r));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The documents waiting for an editor's review, the longest waiting first. */
    @RequiresRole(Role.EDITOR)
    public List<WorkItem> awaitingReview(int limit) {
        return em.createQuery("SELECT d.id, d.number, d.summary, d.owner, d.updatedAt FROM LegalDocument d WHERE d.status = :review"
                        + " ORDER BY d.updatedAt ASC, d.id ASC", Object[].class)
                .setParameter("review", PublicationStatus.AWAITING_REVIEW).setMaxResults(limit).getResultList().stream()
                .map(row -> new WorkItem(WorkItem.Kind.DOCUMENT, (Long) row[0], row[1] + " – " + row[2], (String) row[3], (Instant) row[4]))
                .toList();
    }

    @RequiresRole(Role.EDITOR)
    public long countAwaitingReview() {
        return em.createQuery("SELECT COUNT(d) FROM LegalDocument d WHERE d.status = :review", Long.class)
                .setParameter("review", PublicationStatus.AWAITING_REVIEW).getSingleResult();
    }

    /** The authorities already in the register, for the form's suggestions. */
    public List<String> authorities() {
        return em.createQuery("SELECT DISTINCT d.authority FROM LegalDocument d ORDER BY d.authority", String.class).getResultList();
    }

    private String where(DocumentType type, String text, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (type != null) {
            where.append(" AND d.type = :type");
            parameters.put("type", type);
        }
        if (text != null && !text.isBlank()) {
            List<Long> matches = search.staffMatches(ItemType.DOCUMENT, text, SEARCH_MATCHES);
            where.append(" AND (LOWER(d.number) LIKE :text OR LOWER(d.summary) LIKE :text OR LOWER(d.authority) LIKE :text");
            if (!matches.isEmpty()) {
                where.append(" OR d.id IN :matches");
                parameters.put("matches", matches);
            }
            where.append(')');
            parameters.put("text", LikePatterns.containing(text));
        }
        return where.toString();
    }
}
