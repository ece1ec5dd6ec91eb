package vn.govportal.search;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.text.SiteLanguage;

/**
 * What the search index is made from: the articles, notices, documents, questions and pages as the database holds them now,
 * read as plain text, and the change log that says which of them changed.
 */
@Stateless
public class SearchSource {

    private static final String ARTICLES = "SELECT a.id, a.title, a.slug, a.lead, a.body, c.id, a.status, a.publishedAt, a.unpublishAt,"
            + " a.english.title, a.english.slug, a.english.lead, a.english.body, a.english.published"
            + " FROM Article a LEFT JOIN a.category c";
    private static final String NOTICES = "SELECT n.id, n.title, n.slug, n.summary, n.body, NULL, n.status, n.publishedAt, n.expiresAt,"
            + " n.english.title, n.english.slug, n.english.lead, n.english.body, n.english.published"
            + " FROM Notice n";
    /** A document is found by its số ký hiệu, trích yếu and issuing authority; its title is the number and the summary. */
    private static final String DOCUMENTS = "SELECT d.id, CONCAT(d.number, ' ', d.summary), d.slug, d.number, d.authority, NULL, d.status,"
            + " d.publishedAt, NULL, CONCAT(d.number, ' ', d.summaryEn), d.slug, d.number, d.authority,"
            + " d.summaryEn"
            + " FROM LegalDocument d";
    /** A question is found by its title, its text and its answer; never by who asked. English: none. */
    private static final String QUESTIONS = "SELECT q.id, q.title, COALESCE(q.slug, q.reference), q.text, q.answer, NULL, q.status, q.publishedAt, NULL,"
            + " NULL, NULL, NULL, NULL, NULL FROM Question q";

    /** A page: always public while published (no publish window). */
    private static final String PAGES = "SELECT p.id, p.title, p.slug, p.summary, p.body, NULL, p.status, p.publishedAt, NULL,"
            + " p.english.title, p.english.slug, p.english.lead, p.english.body, p.english.published"
            + " FROM SitePage p";

    @PersistenceContext
    private EntityManager em;

    /** Change-log entries past {@code afterId}, oldest first, at most {@code max}. */
    public List<SearchChange> changesAfter(long afterId, int max) {
        return em.createQuery("SELECT c FROM SearchChange c WHERE c.id > :after ORDER BY c.id", SearchChange.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /** Change-log entries written since {@code since}, whatever their number. */
    public List<SearchChange> changesSince(Instant since) {
        return em.createQuery("SELECT c FROM SearchChange c WHERE c.changedAt >= :since ORDER BY c.id", SearchChange.class)
                .setParameter("since", since).getResultList();
    }

    /** The newest change-log entry, 0 if there is none. */
    public long lastChange() {
        Long last = em.createQuery("SELECT MAX(c.id) FROM SearchChange c", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /** Removes entries older than {@code before}: every instance has applied them or will rebuild. */
    public int forgetChangesBefore(Instant before) {
        return em.createQuery("DELETE FROM SearchChange c WHERE c.changedAt < :before").setParameter("before", before).executeUpdate();
    }

    /** Notes that an item changed, in the caller's transaction. */
    public void record(ItemType type, long id, Instant now) {
        em.persist(new SearchChange(type, id, now));
    }

    /** What each changed item is now, in each language it has; an empty list for an item that is gone. */
    public Map<String, List<Searchable>> current(Collection<SearchChange> changes) {
        Map<String, List<Searchable>> items = new LinkedHashMap<>();
        for (SearchChange change : changes) {
            ItemType type = change.getType();
            if (type == null) {
                continue; // written by a newer version of the portal; its own instances index it
            }
            String key = Searchable.item(type, change.getItemId());
            if (!items.containsKey(key)) {
                List<Object[]> rows = em.createQuery(select(type) + " WHERE " + alias(type) + ".id = :id", Object[].class)
                        .setParameter("id", change.getItemId()).getResultList();
                items.put(key, rows.isEmpty() ? List.of() : versions(type, rows.get(0)));
            }
        }
        return items;
    }

    /** Up to {@code size} items of {@code type} after {@code afterId}, in id order, for a rebuild. */
    public List<Searchable> batch(ItemType type, long afterId, int size) {
        List<Object[]> rows = em.createQuery(select(type) + " WHERE " + alias(type) + ".id > :after ORDER BY " + alias(type) + ".id",
                Object[].class).setParameter("after", afterId).setMaxResults(size).getResultList();
        List<Searchable> batch = new ArrayList<>(rows.size() * 2);
        rows.forEach(row -> batch.addAll(versions(type, row)));
        return batch;
    }

    private static String select(ItemType type) {
        return switch (type) {
            case ARTICLE -> ARTICLES;
            case NOTICE -> NOTICES;
            case DOCUMENT -> DOCUMENTS;
            case QUESTION -> QUESTIONS;
            case PAGE -> PAGES;
        };
    }

    private static String alias(ItemType type) {
        return switch (type) {
            case ARTICLE -> "a";
            case NOTICE -> "n";
            case DOCUMENT -> "d";
            case QUESTION -> "q";
            case PAGE -> "p";
        };
    }

    /** The Vietnamese version always (staff search it whatever its state), the English one once published. */
    private static List<Searchable> versions(ItemType type, Object[] row) {
        long id = (Long) row[0];
        Long category = (Long) row[5];
        PublicationStatus status = (PublicationStatus) row[6];
        Instant published = (Instant) row[7];
        Instant until = (Instant) row[8];
        List<Searchable> versions = new ArrayList<>(2);
        versions.add(new Searchable(type, id, SiteLanguage.VI, (String) row[2], (String) row[1],
                text((String) row[3], (String) row[4]), category, status, published, until));
        String englishTitle = (String) row[9];
        // Articles and notices say whether their English version is published; a document has one when its summary is translated.
        boolean english = row[13] instanceof String summary ? !summary.isBlank() : Boolean.TRUE.equals(row[13]);
        if (english && englishTitle != null && !englishTitle.isBlank() && row[10] != null) {
            versions.add(new Searchable(type, id, SiteLanguage.EN, (String) row[10], englishTitle,
                    text((String) row[11], (String) row[12]), category, status, published, until));
        }
        return versions;
    }

    /** The lead and the body's text, without its markup. */
    private static String text(String lead, String body) {
        String text = body == null || body.isEmpty() ? "" : Jsoup.parseBodyFragment(body).text();
        return lead == null || lead.isBlank() ? text : lead + "\n" + text;
    }
}
