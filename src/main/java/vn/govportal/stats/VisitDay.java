package vn.govportal.stats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Visits on one day, Vietnam time. */
@Entity
@Table(name = "visit_day")
@NamedQuery(name = "VisitDay.add", query = "UPDATE VisitDay v SET v.visits = v.visits + :visits WHERE v.visitDate = :day")
public class VisitDay {

    @Id
    @Column(name = "visit_date")
    private LocalDate visitDate;

    @Column(nullable = false)
    private long visits;

    protected VisitDay() {
    }

    public VisitDay(LocalDate visitDate, long visits) {
        this.visitDate = visitDate;
        this.visits = visits;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public long getVisits() {
        return visits;
    }
}
