package vn.govportal.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import vn.govportal.client.ClientFilter;
import vn.govportal.cluster.ClusterTime;

/**
 * Writes the audit log. Each entry commits on its own, so a refused sign-in or a failed save is
 * recorded even though the work it describes rolled back.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Instance<HttpServletRequest> request;

    /** Records an event; with no {@code address} given, that of the staff request being served, if any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String address, String action, String targetType, Long targetId, String detail) {
        String from = address != null ? address : currentAddress();
        em.persist(new AuditEvent(ClusterTime.now(), cut(actor, 60), cut(from, 64), action, targetType, targetId,
                cut(detail, 1000)));
    }

    private String currentAddress() {
        try {
            return ClientFilter.address(request.get());
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null; // the scheduler or start-up: no request, no address
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
