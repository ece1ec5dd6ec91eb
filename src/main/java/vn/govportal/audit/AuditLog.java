package vn.govportal.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Writes the audit log. Each entry commits on its own, so a refused sign-in or a failed save is
 * recorded even though the work it describes rolled back.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String address, String action, String targetType, Long targetId, String detail) {
        em.persist(new AuditEvent(Instant.now(), cut(actor, 60), cut(address, 64), action, targetType, targetId,
                cut(detail, 1000)));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
