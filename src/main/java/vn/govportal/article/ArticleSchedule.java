package vn.govportal.article;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.govportal.audit.AuditLog;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.ScheduledChange;
import vn.govportal.schedule.ScheduledWork;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;
import static vn.govportal.publishing.PublicationStatus.PUBLISHED;
import static vn.govportal.publishing.PublicationStatus.SCHEDULED;
import static vn.govportal.publishing.PublicationStatus.UNPUBLISHED;

/**
 * Articles' times to go on and off the public site: what is due, and doing it. The round is run
 * by {@link vn.govportal.schedule.PublishingScheduler}, on one instance of a cluster at a time.
 */
@Stateless
@LocalBean
@Local(ScheduledWork.class)
public class ArticleSchedule implements ScheduledWork {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ContentChanged> changed;

    /** What the scheduler will do to articles, soonest first: publish those scheduled, take down those due to go. */
    @RequiresRole(Role.AUTHOR)
    public List<ScheduledChange> upcoming(int limit) {
        List<ScheduledChange> changes = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT a.id, a.title, a.publishedAt FROM Article a WHERE a.status = :scheduled"
                + " ORDER BY a.publishedAt", Object[].class).setParameter("scheduled", SCHEDULED).setMaxResults(limit).getResultList()) {
            changes.add(new ScheduledChange(ScheduledChange.Kind.ARTICLE_PUBLISH, (Long) row[0], (String) row[1], (Instant) row[2]));
        }
        for (Object[] row : em.createQuery("SELECT a.id, a.title, a.unpublishAt FROM Article a WHERE a.status = :published"
                + " AND a.unpublishAt IS NOT NULL ORDER BY a.unpublishAt", Object[].class)
                .setParameter("published", PUBLISHED).setMaxResults(limit).getResultList()) {
            changes.add(new ScheduledChange(ScheduledChange.Kind.ARTICLE_UNPUBLISH, (Long) row[0], (String) row[1], (Instant) row[2]));
        }
        return changes.stream().sorted().limit(limit).toList();
    }

    /**
     * Publishes scheduled articles whose time has come and unpublishes those due to go; each
     * change is a conditional update, so it happens once even if two servers run it together.
     */
    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int runDue(Instant now) {
        int done = 0;
        List<Long> due = em.createQuery("SELECT a.id FROM Article a WHERE a.status = :scheduled AND a.publishedAt <= :now",
                Long.class).setParameter("scheduled", SCHEDULED).setParameter("now", now).getResultList();
        for (Long id : due) {
            done += change(id, SCHEDULED, PUBLISHED, "a.publishedAt <= :now", now);
        }
        List<Long> ending = em.createQuery("SELECT a.id FROM Article a WHERE a.status = :published AND a.unpublishAt <= :now",
                Long.class).setParameter("published", PUBLISHED).setParameter("now", now).getResultList();
        for (Long id : ending) {
            done += change(id, PUBLISHED, UNPUBLISHED, "a.unpublishAt <= :now", now);
        }
        return done;
    }

    private int change(long id, PublicationStatus from, PublicationStatus to, String due, Instant now) {
        int updated = em.createQuery("UPDATE Article a SET a.status = :to, a.version = a.version + 1,"
                        + (to == UNPUBLISHED ? " a.unpublishAt = NULL," : "") + " a.updatedAt = :now"
                        + " WHERE a.id = :id AND a.status = :from AND " + due)
                .setParameter("to", to).setParameter("from", from).setParameter("id", id).setParameter("now", now)
                .executeUpdate();
        if (updated == 1) {
            em.persist(new ArticleTransition(id, now, ArticleTransition.SCHEDULER, from, to, null));
            audit.record(ArticleTransition.SCHEDULER, null, "ARTICLE_" + to.name(), "Article", id, "scheduled");
            changed.fire(new ContentChanged("article", id));
        }
        return updated;
    }
}
