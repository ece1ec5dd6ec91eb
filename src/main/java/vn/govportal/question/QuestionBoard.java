package vn.govportal.question;

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

/** The published questions and answers, newest answer first, and the topics they are filed under. */
@Stateless
public class QuestionBoard {

    private static final String VIEW = "SELECT NEW vn.govportal.question.QuestionView(q.slug, q.title, q.text, q.answer, q.askerName,"
            + " t.name, q.askedAt, q.publishedAt) FROM Question q LEFT JOIN q.topic t";

    @PersistenceContext
    private EntityManager em;

    public List<QuestionTopic> topics() {
        return em.createQuery("SELECT t FROM QuestionTopic t ORDER BY t.position, t.name", QuestionTopic.class).getResultList();
    }

    public long count(String topicSlug) {
        return bind(em.createQuery("SELECT COUNT(q) FROM Question q LEFT JOIN q.topic t WHERE" + Question.PUBLIC
                + (topicSlug == null ? "" : " AND t.slug = :topic"), Long.class), topicSlug).getSingleResult();
    }

    /** Page {@code number} (from 1, already clamped) of the published questions of a topic (null: all). */
    public Page<QuestionView> page(String topicSlug, int number, int size, long total) {
        List<QuestionView> items = bind(em.createQuery(VIEW + " WHERE" + Question.PUBLIC + (topicSlug == null ? "" : " AND t.slug = :topic")
                + " ORDER BY q.publishedAt DESC, q.id DESC", QuestionView.class), topicSlug)
                .setFirstResult(Page.offset(number, size)).setMaxResults(size).getResultList();
        return new Page<>(items, number, size, total);
    }

    public Optional<QuestionView> findPublic(String slug) {
        return bind(em.createQuery(VIEW + " WHERE" + Question.PUBLIC + " AND q.slug = :slug", QuestionView.class), null)
                .setParameter("slug", slug).getResultList().stream().findFirst();
    }

    /** How many questions are public (the sitemap's size). */
    public long countPublic() {
        return count(null);
    }

    /** Published questions {@code offset} to {@code offset + limit}, oldest first (the sitemap): on the Vietnamese site, where they are answered. */
    public List<PublicEntry> publicEntries(int offset, int limit) {
        return em.createQuery("SELECT q.slug, q.updatedAt, q.publishedAt FROM Question q WHERE" + Question.PUBLIC + " ORDER BY q.id",
                        Object[].class)
                .setParameter("published", PublicationStatus.PUBLISHED).setFirstResult(offset).setMaxResults(limit).getResultList()
                .stream().map(r -> new PublicEntry((String) r[0], null, false, (Instant) r[1], (Instant) r[2])).toList();
    }

    /** Whether a reference names a question (the confirmation page shows only the reference itself). */
    public boolean exists(String reference) {
        return !em.createQuery("SELECT q.id FROM Question q WHERE q.reference = :r", Long.class).setParameter("r", reference)
                .getResultList().isEmpty();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String topicSlug) {
        query.setParameter("published", PublicationStatus.PUBLISHED);
        if (topicSlug != null) {
            query.setParameter("topic", topicSlug);
        }
        return query;
    }
}
