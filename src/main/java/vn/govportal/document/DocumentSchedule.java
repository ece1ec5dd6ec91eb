package vn.govportal.document;

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
import java.util.List;
import vn.govportal.audit.AuditLog;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.publishing.ScheduledChange;
import vn.govportal.schedule.ScheduledWork;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;

/** Puts documents an editor scheduled on the register when their time comes. */
@Stateless
@LocalBean
@Local(ScheduledWork.class)
public class DocumentSchedule implements ScheduledWork {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ContentChanged> changed;

    /** The documents scheduled to go on the register, soonest first, for the dashboard. */
    @RequiresRole(Role.AUTHOR)
    public List<ScheduledChange> upcoming(int limit) {
        return em.createQuery("SELECT d.id, d.number, d.summary, d.publishedAt FROM LegalDocument d WHERE d.status = :scheduled"
                        + " ORDER BY d.publishedAt, d.id", Object[].class)
                .setParameter("scheduled", PublicationStatus.SCHEDULED).setMaxResults(limit).getResultList().stream()
                .map(row -> new ScheduledChange(ScheduledChange.Kind.DOCUMENT_PUBLISH, (Long) row[0], row[1] + " – " + row[2],
                        (Instant) row[3]))
                .toList();
    }

    /** Each is a conditional update: were two instances to run it together, one of them wins. */
    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int runDue(Instant now) {
        List<Long> due = em.createQuery("SELECT d.id FROM LegalDocument d WHERE d.status = :scheduled AND d.publishedAt <= :now",
                Long.class).setParameter("scheduled", PublicationStatus.SCHEDULED).setParameter("now", now).getResultList();
        int done = 0;
        for (Long id : due) {
            int updated = em.createQuery("UPDATE LegalDocument d SET d.status = :published, d.version = d.version + 1,"
                            + " d.updatedAt = :now WHERE d.id = :id AND d.status = :scheduled AND d.publishedAt <= :now")
                    .setParameter("published", PublicationStatus.PUBLISHED).setParameter("scheduled", PublicationStatus.SCHEDULED)
                    .setParameter("id", id).setParameter("now", now).executeUpdate();
            if (updated == 1) {
                done++;
                audit.record(ACTOR, null, "DOCUMENT_PUBLISHED", "LegalDocument", id, "scheduled");
                changed.fire(new ContentChanged("document", id));
                // The documents it replaces or amends change validity with it.
                em.createNamedQuery(DocumentRelation.TARGETS_OF, Long.class)
                        .setParameter("id", id).getResultList()
                        .forEach(target -> changed.fire(new ContentChanged("document", target)));
            }
        }
        return done;
    }
}
