package vn.govportal.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;

/** Reads the audit log for administrators: filtered by who, what and when, a page at a time, newest first. */
@Stateless
@RequiresRole(Role.ADMIN)
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    /** What the log is narrowed to; null or blank fields do not narrow it. */
    public record Filter(String actor, String action, Instant from, Instant until) {
    }

    public long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where(filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public List<AuditEvent> page(Filter filter, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<AuditEvent> query = em.createQuery("SELECT e FROM AuditEvent e" + where(filter, params)
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 200))).getResultList();
    }

    /** The kinds of entries in the log, for the filter's choices. */
    public List<String> actions() {
        return em.createQuery("SELECT DISTINCT e.action FROM AuditEvent e ORDER BY e.action", String.class).getResultList();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("e.actor = :actor");
            params.put("actor", filter.actor().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            conditions.add("e.action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.until() != null) {
            conditions.add("e.occurredAt < :until");
            params.put("until", filter.until());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
