package vn.govportal.web.admin.notices;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.notice.NoticeBulkEditing;
import vn.govportal.notice.NoticeCatalog;
import vn.govportal.notice.NoticeRow;
import vn.govportal.publishing.BulkOutcome;
import vn.govportal.web.Messages;

/**
 * Backs {@code /admin/notices/}: every notice, newest change first; the notices ticked can be
 * published, taken down or deleted together, each as if on its own page (see NoticeBulkEditing).
 */
@Named("noticesAdmin")
@ViewScoped
public class NoticesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoticeCatalog catalog;

    @Inject
    private NoticeBulkEditing bulk;

    @Inject
    private FacesContext faces;

    private List<NoticeRow> all;
    private String text;
    private List<NoticeRow> selected = new ArrayList<>();

    @PostConstruct
    void load() {
        all = catalog.rows();
    }

    /** Narrows the list to the notices the text filter finds. */
    public void filter() {
        all = catalog.rows(text);
        selected = new ArrayList<>();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? null : text.strip();
    }

    public void publish() {
        apply("bulk.notices.published", bulk::publish);
    }

    public void unpublish() {
        apply("bulk.notices.unpublished", bulk::unpublish);
    }

    public void delete() {
        apply("bulk.notices.deleted", bulk::delete);
    }

    /** Does one action to every ticked notice, says what came of it and shows the list as it is now. */
    private void apply(String doneKey, Function<List<Long>, BulkOutcome> action) {
        if (selected == null || selected.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("bulk.noneSelected"), null));
            return;
        }
        BulkOutcome outcome = action.apply(selected.stream().map(NoticeRow::getId).toList());
        List<String> parts = new ArrayList<>();
        parts.add(Messages.format(doneKey, outcome.done()));
        if (outcome.refused() > 0) {
            parts.add(Messages.format("bulk.notices.refused", outcome.refused()));
        }
        if (outcome.skipped() > 0) {
            parts.add(Messages.format("bulk.notices.skipped", outcome.skipped()));
        }
        faces.addMessage(null, new FacesMessage(outcome.complete() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                String.join("; ", parts), null));
        selected = new ArrayList<>();
        all = catalog.rows(text);
    }

    /** What a row's tick box is called (no row: the box that ticks every row of the page). */
    public String selectLabel(NoticeRow row) {
        return row == null ? Messages.text("bulk.selectAll") : Messages.format("bulk.selectItem", row.getTitle());
    }

    public List<NoticeRow> getAll() {
        return all;
    }

    public List<NoticeRow> getSelected() {
        return selected;
    }

    public void setSelected(List<NoticeRow> selected) {
        this.selected = selected;
    }
}
