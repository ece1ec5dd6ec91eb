package vn.govportal.stats;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The per-day visit table, and beside it the ledger of how many of each instance's visits of a day
 * it holds ({@code visit_share}), by which storing the same count twice adds nothing the second time.
 */
@Stateless
public class VisitStore {

    @PersistenceContext
    private EntityManager em;

    /**
     * Adds to each day what the counts hold beyond what the ledger says is stored already, and
     * moves the ledger on, in one transaction: if it is cut short nothing of it is kept, and the
     * counts, still on the grid, are stored by the next round. Returns the visits added.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long keep(List<VisitShare> shares) {
        long added = 0;
        // In one order, so that two stores at once wait for each other rather than deadlock.
        for (VisitShare share : shares.stream().sorted(java.util.Comparator.comparing(VisitShare::day).thenComparing(VisitShare::instance)).toList()) {
            Date day = Date.valueOf(share.day());
            // Locked: two instances storing the same count at once add it once.
            List<?> row = em.createNativeQuery("SELECT visits FROM visit_share WHERE visit_date = ? AND instance_id = ? FOR UPDATE")
                    .setParameter(1, day).setParameter(2, share.instance()).getResultList();
            long before = row.isEmpty() ? 0 : ((Number) row.get(0)).longValue();
            long more = share.visits() - before;
            if (more <= 0) {
                continue;
            }
            if (row.isEmpty()) {
                em.createNativeQuery("INSERT INTO visit_share (visit_date, instance_id, visits) VALUES (?, ?, ?)")
                        .setParameter(1, day).setParameter(2, share.instance()).setParameter(3, share.visits()).executeUpdate();
            } else {
                em.createNativeQuery("UPDATE visit_share SET visits = ? WHERE visit_date = ? AND instance_id = ?")
                        .setParameter(1, share.visits()).setParameter(2, day).setParameter(3, share.instance()).executeUpdate();
            }
            int updated = em.createNamedQuery("VisitDay.add").setParameter("visits", more).setParameter("day", share.day()).executeUpdate();
            if (updated == 0) {
                em.persist(new VisitDay(share.day(), more));
                em.flush();
            }
            added += more;
        }
        return added;
    }

    /** Forgets the ledger's rows of days before {@code day}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forgetBefore(LocalDate day) {
        em.createNativeQuery("DELETE FROM visit_share WHERE visit_date < ?").setParameter(1, Date.valueOf(day)).executeUpdate();
    }

    /**
     * The visits of {@code today} and in all, and how many of {@code instance}'s visits of today and
     * yesterday are among them, read in one statement so that a store by another instance falls
     * wholly before or after it.
     */
    public Snapshot snapshot(LocalDate today, String instance) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                + " (SELECT COALESCE(SUM(visits), 0) FROM visit_day WHERE visit_date = ?),"
                + " (SELECT COALESCE(SUM(visits), 0) FROM visit_day),"
                + " (SELECT COALESCE(SUM(visits), 0) FROM visit_share WHERE visit_date = ? AND instance_id = ?),"
                + " (SELECT COALESCE(SUM(visits), 0) FROM visit_share WHERE visit_date = ? AND instance_id = ?)")
                .setParameter(1, Date.valueOf(today))
                .setParameter(2, Date.valueOf(today)).setParameter(3, instance)
                .setParameter(4, Date.valueOf(today.minusDays(1))).setParameter(5, instance)
                .getSingleResult();
        return new Snapshot(today, number(row[0]), number(row[1]),
                Map.of(today, number(row[2]), today.minusDays(1), number(row[3])));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
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

    /** What storage held at one moment: see {@link #snapshot}. */
    public record Snapshot(LocalDate day, long today, long total, Map<LocalDate, Long> mine) {
    }
}
