package vn.govportal.publishing;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import vn.govportal.audit.AuditLog;
import vn.govportal.security.Caller;

/**
 * What the editing services of the site's small records share (ticker lines, links, categories,
 * the agency's details): a save checked against the version that was edited, logged, and on the
 * public site at once; a deletion logged the same way.
 */
public abstract class RecordEditing {

    @PersistenceContext
    protected EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ContentChanged> changed;

    /** Stores a new ({@code id} null) or edited record; {@code detail} names it in the audit log. */
    protected <T> T store(T entity, Object id, String detail) {
        String type = entity.getClass().getSimpleName();
        T stored;
        try {
            if (id == null) {
                em.persist(entity);
                stored = entity;
            } else {
                stored = em.merge(entity);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit();
        }
        Object storedId = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(stored);
        audit.record(caller(), null, id == null ? "CREATED" : "SAVED", type,
                storedId instanceof Number n ? n.longValue() : null, detail);
        changed.fire(new ContentChanged(type, null));
        return stored;
    }

    /** Deletes a record that is there ({@code managed}). */
    protected void remove(Object managed, long id, String detail) {
        String type = managed.getClass().getSimpleName();
        em.remove(managed);
        audit.record(caller(), null, "DELETED", type, id, detail);
        changed.fire(new ContentChanged(type, id));
    }

    protected String caller() {
        return caller.name();
    }
}
