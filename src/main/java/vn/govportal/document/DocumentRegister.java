package vn.govportal.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.govportal.media.MediaInfo;
import vn.govportal.paging.Page;
import vn.govportal.publishing.PublicEntry;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.search.ItemType;
import vn.govportal.search.SiteSearch;
import vn.govportal.text.LikePatterns;
import vn.govportal.text.SiteLanguage;

/**
 * The public register: published documents filtered as a visitor asks, newest issued first, with
 * each one's validity on the day asked; one document with its fields, files and relations; and
 * what the filters can offer.
 */
@Stateless
public class DocumentRegister {

    /** The text filter reads at most this many matches from the search index. */
    static final int MAX_TEXT_MATCHES = 1000;

    private static final String ROW = "SELECT d.id, d.number, d.type, d.summary, d.summaryEn, d.authority, d.issuedOn,"
            + " d.effectiveOn, d.expiresOn, d.slug FROM LegalDocument d";
    private static final String NEWEST_FIRST = " ORDER BY d.issuedOn DESC, d.id DESC";

    /** A published document acting on {@code d} by {@code kind} is in force on {@code :today}. */
    private static String actedOn(String kind) {
        return " EXISTS (SELECT r.id FROM DocumentRelation r JOIN r.source s WHERE r.target = d AND r.kind = " + kind
                + " AND s.status = :published AND s.effectiveOn <= :today)";
    }

    private static final String EXPIRED = "((d.expiresOn IS NOT NULL AND d.expiresOn <= :today) OR" + actedOn(":replaces") + ")";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SiteSearch search;

    /** The filter with its words looked up in the search index (once, for both the count and the page). */
    public DocumentFilter resolved(DocumentFilter filter) {
        if (!filter.hasText() || filter.matches() != null) {
            return filter;
        }
        return filter.withMatches(search.staffMatches(ItemType.DOCUMENT, filter.text(), MAX_TEXT_MATCHES));
    }

    /** How many published documents match {@code filter} on {@code today}. */
    public long count(DocumentFilter filter, LocalDate today) {
        Where where = where(filter);
        return where.bind(em.createQuery("SELECT COUNT(d) FROM LegalDocument d" + where.sql, Long.class), today).getSingleResult();
    }

    /** Page {@code number} (from 1, already clamped) of the documents matching {@code filter}. */
    public Page<DocumentRow> page(DocumentFilter filter, SiteLanguage language, int number, int size, long total, LocalDate today) {
        Where where = where(filter);
        List<Object[]> rows = where.bind(em.createQuery(ROW + where.sql + NEWEST_FIRST, Object[].class), today)
                .setFirstResult(Page.offset(number, size)).setMaxResults(size).getResultList();
        return new Page<>(rows(rows, language, today), number, size, total);
    }

    /** The published document at {@code slug}, as its page shows it on {@code today}. */
    public Optional<DocumentDetail> findPublic(String slug, SiteLanguage language, LocalDate today) {
        List<Object[]> found = em.createQuery(ROW + " WHERE" + LegalDocument.PUBLIC + " AND d.slug = :slug", Object[].class)
                .setParameter("published", PublicationStatus.PUBLISHED).setParameter("slug", slug).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DocumentRow row = rows(found, language, today).get(0);
        LegalDocument document = em.find(LegalDocument.class, row.getId());
        List<String> fields = document.getFields().stream()
                .sorted(java.util.Comparator.comparingInt(DocumentField::getPosition).thenComparing(DocumentField::getName))
                .map(f -> f.nameIn(language)).toList();
        List<MediaInfo> files = document.getFiles().stream().map(f -> new MediaInfo(f.getId(), f.getFileName(),
                f.getContentType(), f.getByteSize(), f.getWidth(), f.getHeight())).toList();
        return Optional.of(new DocumentDetail(row, document.getSigner(), document.getSignerPosition(), fields, files,
                related(row.getId(), language, today)));
    }

    /** The published documents this one acts on, then those that act on it, newest first. */
    private List<DocumentDetail.Related> related(long id, SiteLanguage language, LocalDate today) {
        List<DocumentDetail.Related> related = new ArrayList<>();
        for (boolean acting : new boolean[] {true, false}) {
            String mine = acting ? "r.source" : "r.target";
            String other = acting ? "r.target" : "r.source";
            List<Object[]> rows = em.createQuery("SELECT d.id, d.number, d.type, d.summary, d.summaryEn, d.authority, d.issuedOn,"
                            + " d.effectiveOn, d.expiresOn, d.slug, r.kind FROM DocumentRelation r JOIN " + other + " d"
                            + " WHERE " + mine + ".id = :id AND" + LegalDocument.PUBLIC + NEWEST_FIRST, Object[].class)
                    .setParameter("id", id).setParameter("published", PublicationStatus.PUBLISHED).getResultList();
            List<DocumentRow> documents = rows(rows, language, today);
            for (int i = 0; i < rows.size(); i++) {
                RelationKind kind = (RelationKind) rows.get(i)[10];
                related.add(new DocumentDetail.Related(acting ? kind.getMessageKey() : kind.getPassiveMessageKey(), documents.get(i)));
            }
        }
        return related;
    }

    /** The issuing authorities of published documents, for the filter. */
    public List<String> authorities() {
        return em.createQuery("SELECT DISTINCT d.authority FROM LegalDocument d WHERE" + LegalDocument.PUBLIC
                + " ORDER BY d.authority", String.class).setParameter("published", PublicationStatus.PUBLISHED).getResultList();
    }

    /** Every field, in the staff's order. */
    public List<DocumentField> fields() {
        return em.createQuery("SELECT f FROM DocumentField f ORDER BY f.position, f.name", DocumentField.class).getResultList();
    }

    /** The years documents were issued in, newest first: from the newest to the oldest published one. */
    public List<Integer> years() {
        Object[] range = em.createQuery("SELECT MIN(d.issuedOn), MAX(d.issuedOn) FROM LegalDocument d WHERE" + LegalDocument.PUBLIC,
                Object[].class).setParameter("published", PublicationStatus.PUBLISHED).getSingleResult();
        if (range[0] == null) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        for (int year = ((LocalDate) range[1]).getYear(); year >= ((LocalDate) range[0]).getYear(); year--) {
            years.add(year);
        }
        return years;
    }

    /** Published documents {@code offset} to {@code offset + limit}, oldest first (the sitemap). */
    public List<PublicEntry> publicEntries(int offset, int limit) {
        return em.createQuery("SELECT NEW vn.govportal.publishing.PublicEntry(d.slug, d.slug, TRUE, d.updatedAt, d.publishedAt)"
                        + " FROM LegalDocument d WHERE" + LegalDocument.PUBLIC + " ORDER BY d.id", PublicEntry.class)
                .setParameter("published", PublicationStatus.PUBLISHED).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many documents are public (the sitemap's size). */
    public long countPublic() {
        return em.createQuery("SELECT COUNT(d) FROM LegalDocument d WHERE" + LegalDocument.PUBLIC, Long.class)
                .setParameter("published", PublicationStatus.PUBLISHED).getSingleResult();
    }

    /** Rows with each one's validity, worked out with one query for the whole list. */
    private List<DocumentRow> rows(List<Object[]> rows, SiteLanguage language, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add((Long) r[0]));
        Map<Long, Set<RelationKind>> actedOn = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT r.target.id, r.kind FROM DocumentRelation r JOIN r.source s"
                        + " WHERE r.target.id IN :ids AND s.status = :published AND s.effectiveOn <= :today", Object[].class)
                .setParameter("ids", ids).setParameter("published", PublicationStatus.PUBLISHED).setParameter("today", today)
                .getResultList()) {
            actedOn.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((RelationKind) r[1]);
        }
        List<DocumentRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            Set<RelationKind> kinds = actedOn.getOrDefault(id, Set.of());
            String summaryEn = (String) r[4];
            boolean english = language == SiteLanguage.EN && summaryEn != null && !summaryEn.isBlank();
            LocalDate effective = (LocalDate) r[7];
            LocalDate expires = (LocalDate) r[8];
            result.add(new DocumentRow(id, (String) r[1], (DocumentType) r[2], english ? summaryEn : (String) r[3],
                    language == SiteLanguage.VI || english, (String) r[5], (LocalDate) r[6], effective, expires, (String) r[9],
                    Validity.of(effective, expires, kinds.contains(RelationKind.REPLACES), kinds.contains(RelationKind.AMENDS), today)));
        }
        return result;
    }

    /** The WHERE clause of a filter and its parameters. */
    private Where where(DocumentFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE").append(LegalDocument.PUBLIC);
        Map<String, Object> parameters = new LinkedHashMap<>();
        boolean usesToday = false;
        if (filter.type() != null) {
            sql.append(" AND d.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.authority() != null) {
            sql.append(" AND d.authority = :authority");
            parameters.put("authority", filter.authority());
        }
        if (filter.fieldSlug() != null) {
            sql.append(" AND EXISTS (SELECT x.id FROM LegalDocument x JOIN x.fields f WHERE x.id = d.id AND f.slug = :field)");
            parameters.put("field", filter.fieldSlug());
        }
        if (filter.year() != null) {
            sql.append(" AND d.issuedOn >= :yearStart AND d.issuedOn < :yearEnd");
            parameters.put("yearStart", LocalDate.of(filter.year(), 1, 1));
            parameters.put("yearEnd", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.validity() != null) {
            usesToday = true;
            sql.append(switch (filter.validity()) {
                case EXPIRED -> " AND " + EXPIRED;
                case NOT_YET_EFFECTIVE -> " AND NOT " + EXPIRED + " AND d.effectiveOn > :today";
                case PARTLY_EXPIRED -> " AND NOT " + EXPIRED + " AND d.effectiveOn <= :today AND" + actedOn(":amends");
                case IN_FORCE -> " AND NOT " + EXPIRED + " AND d.effectiveOn <= :today AND NOT" + actedOn(":amends");
            });
            parameters.put("replaces", RelationKind.REPLACES);
            if (filter.validity() == Validity.PARTLY_EXPIRED || filter.validity() == Validity.IN_FORCE) {
                parameters.put("amends", RelationKind.AMENDS);
            }
        }
        if (filter.hasText()) {
            Collection<Long> matches = resolved(filter).matches();
            // A số ký hiệu ("1376/KH-UBND") is found by its characters too, as typed.
            sql.append(" AND (LOWER(d.number) LIKE :typed");
            parameters.put("typed", LikePatterns.containing(filter.text()));
            if (!matches.isEmpty()) {
                sql.append(" OR d.id IN :matches");
                parameters.put("matches", matches);
            } else {
                sql.append(" OR LOWER(d.summary) LIKE :typed");
            }
            sql.append(')');
        }
        return new Where(sql.toString(), parameters, usesToday);
    }

    private record Where(String sql, Map<String, Object> parameters, boolean usesToday) {

        <T> TypedQuery<T> bind(TypedQuery<T> query, LocalDate today) {
            query.setParameter("published", PublicationStatus.PUBLISHED);
            parameters.forEach(query::setParameter);
            if (usesToday) {
                query.setParameter("today", today);
            }
            return query;
        }
    }
}
