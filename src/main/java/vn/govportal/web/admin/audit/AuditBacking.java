package vn.govportal.web.admin.audit;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.govportal.audit.AuditEvent;
import vn.govportal.audit.AuditTrail;
import vn.govportal.text.VietnamTime;

/** Backs {@code /admin/audit/}: administrators page through the audit log, filtered by who, what and which days. */
@Named("auditPage")
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    private String actor;
    private String action;
    private LocalDate fromDay;
    private LocalDate untilDay;
    private List<String> actions;
    private final LazyDataModel<AuditEvent> events = new Events();

    @PostConstruct
    void init() {
        actions = trail.actions();
    }

    private AuditTrail.Filter filter() {
        Instant from = fromDay == null ? null : fromDay.atStartOfDay(VietnamTime.ZONE).toInstant();
        Instant until = untilDay == null ? null : untilDay.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
        return new AuditTrail.Filter(actor, action, from, until);
    }

    /** The table's lazy model: one page of the log from the database. */
    private final class Events extends LazyDataModel<AuditEvent> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.count(filter());
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public List<String> getActions() {
        return actions;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getUntilDay() {
        return untilDay;
    }

    public void setUntilDay(LocalDate untilDay) {
        this.untilDay = untilDay;
    }
}
