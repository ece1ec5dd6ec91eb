package vn.govportal.stats;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;

/** Adds counted visits to the per-day table, each batch in a transaction of its own. */
@Stateless
public class VisitStore {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void add(Map<LocalDate, Long> visits) {
        visits.forEach((day, n) -> {
            int updated = em.createNamedQuery("VisitDay.add")
                    .setParameter("visits", n)
                    .setParameter("day", day)
                    .executeUpdate();
            if (updated == 0) {
                em.persist(new VisitDay(day, n));
            }
        });
    }

    public long visitsOn(LocalDate day) {
        VisitDay row = em.find(VisitDay.class, day);
        return row == null ? 0 : row.getVisits();
    }

    /** Stored visits per day from {@code first} on; days without visits are absent. */
    public java.util.Map<LocalDate, Long> visitsSince(LocalDate first) {
        java.util.Map<LocalDate, Long> days = new java.util.TreeMap<>();
        for (VisitDay day : em.createQuery("SELECT v FROM VisitDay v WHERE v.visitDate >= :first", VisitDay.class)
                .setParameter("first", first).getResultList()) {
            days.put(day.getVisitDate(), day.getVisits());
        }
        return days;
    }

    public long total() {
        Number total = em.createNamedQuery("VisitDay.total", Number.class).getSingleResult();
        return total.longValue();
    }
}
