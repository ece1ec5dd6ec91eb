package vn.govportal.question;

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
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.HtmlSanitizer;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.StaleEdit;
import vn.govportal.security.Caller;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;
import vn.govportal.text.Slugs;

/**
 * Editors and administrators answer the questions visitors send: they see who asked and how to
 * reach them (no one else does), file the question under a topic, may shorten its title and text
 * for publishing, write the answer and publish the pair.
 */
@Stateless
@RequiresRole(Role.EDITOR)
public class QuestionDesk {

    /** Which questions the console's list shows. */
    public enum Filter {
        NEW, ANSWERED, PUBLISHED, ALL
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ContentChanged> changed;

    public List<Question> list(Filter filter) {
        String where = switch (filter) {
            case NEW -> " WHERE q.answer IS NULL AND q.status <> :published";
            case ANSWERED -> " WHERE q.answer IS NOT NULL AND q.status <> :published";
            case PUBLISHED -> " WHERE q.status = :published";
            case ALL -> "";
        };
        var query = em.createQuery("SELECT q FROM Question q LEFT JOIN FETCH q.topic" + where + " ORDER BY q.askedAt DESC, q.id DESC",
                Question.class);
        if (filter != Filter.ALL) {
            query.setParameter("published", PublicationStatus.PUBLISHED);
        }
        return query.setMaxResults(500).getResultList();
    }

    /** How many questions wait for an answer (the dashboard's figure). */
    public long countNew() {
        return em.createQuery("SELECT COUNT(q) FROM Question q WHERE q.answer IS NULL AND q.status <> :published", Long.class)
                .setParameter("published", PublicationStatus.PUBLISHED).getSingleResult();
    }

    public Optional<Question> find(long id) {
        return Optional.ofNullable(em.find(Question.class, id));
    }

    public List<QuestionTopic> topics() {
        return em.createQuery("SELECT t FROM QuestionTopic t ORDER BY t.position, t.name", QuestionTopic.class).getResultList();
    }

    /**
     * Saves staff's changes to a question (detached, carrying the version it was opened at): its
     * topic, title, text and answer (cleaned), and whether it is published; a published question
     * needs an answer. On the public list at once.
     */
    public Question save(Question edited, Long topicId, boolean publish) {
        Question question = em.find(Question.class, edited.getId());
        if (question == null) {
            throw new EditRefused(null, "question.refused.gone");
        }
        if (question.getVersion() != edited.getVersion()) {
            throw new StaleEdit();
        }
        String title = edited.getTitle() == null ? "" : edited.getTitle().strip();
        if (title.isEmpty()) {
            throw new EditRefused("title", "article.refused.required");
        }
        if (title.length() > QuestionIntake.TITLE_LENGTH) {
            throw new EditRefused("title", "article.refused.tooLong", QuestionIntake.TITLE_LENGTH);
        }
        String text = edited.getText() == null ? "" : edited.getText().strip();
        if (text.isEmpty()) {
            throw new EditRefused("text", "article.refused.required");
        }
        if (text.length() > QuestionIntake.TEXT_LENGTH) {
            throw new EditRefused("text", "article.refused.tooLong", QuestionIntake.TEXT_LENGTH);
        }
        String answer = HtmlSanitizer.clean(edited.getAnswer());
        if (answer.length() > 1_000_000) {
            throw new EditRefused("answer", "article.refused.bodyTooLong", 1000);
        }
        boolean answered = !org.jsoup.Jsoup.parse(answer).text().isBlank();
        if (publish && !answered) {
            throw new EditRefused("answer", "question.refused.noAnswer");
        }
        question.setTopic(topicId == null ? null : em.find(QuestionTopic.class, topicId));
        question.setTitle(title);
        question.setText(text);
        Instant now = ClusterTime.now();
        if (answered && question.getAnswer() == null) {
            question.setAnsweredAt(now);
            question.setAnsweredBy(caller());
        }
        question.setAnswer(answered ? answer : null);
        question.setStatus(publish ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT);
        if (publish && question.getPublishedAt() == null) {
            question.setPublishedAt(now);
        }
        if (publish && question.getSlug() == null) {
            question.setSlug(Slugs.unique(title, this::slugTaken));
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit();
        }
        audit.record(caller(), null, publish ? "QUESTION_PUBLISHED" : "QUESTION_SAVED", "Question", question.getId(),
                question.getReference());
        changed.fire(new ContentChanged("question", question.getId()));
        return question;
    }

    public void delete(long id) {
        Question question = em.find(Question.class, id);
        if (question != null) {
            em.remove(question);
            audit.record(caller(), null, "QUESTION_DELETED", "Question", id, question.getReference());
            changed.fire(new ContentChanged("question", id));
        }
    }

    private boolean slugTaken(String slug) {
        // "da-gui" is the confirmation page's address.
        return slug.equals("da-gui") || !em.createQuery("SELECT q.id FROM Question q WHERE q.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().isEmpty();
    }

    private String caller() {
        return caller.name();
    }
}
