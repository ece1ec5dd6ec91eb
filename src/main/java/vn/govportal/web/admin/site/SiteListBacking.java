package vn.govportal.web.admin.site;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.RowEditEvent;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.StaleEdit;
import vn.govportal.web.Messages;
import vn.govportal.web.admin.Refusals;

/**
 * What the pages for ticker lines, links and categories share: a form for a new row, a table
 * edited row by row, and deletion after confirmation. A refused row keeps what was typed.
 */
public abstract class SiteListBacking<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FacesContext faces;

    private List<T> rows;
    private T fresh;

    abstract List<T> load();

    abstract T blank();

    abstract T store(T row);

    abstract Long idOf(T row);

    /** Deletes the stored row {@code id}. */
    abstract void remove(long id);

    /** What was typed in a row, to show it again when someone else's save got there first. */
    abstract String describe(T row);

    protected void reload() {
        rows = load();
        if (fresh == null) {
            fresh = blank();
        }
    }

    /** Saves the new row typed in the form above the table. */
    public void create() {
        try {
            store(fresh);
            info("site.saved");
            fresh = null;
            reload();
        } catch (EditRefused e) {
            error(e);
        }
    }

    public void onRowEdit(RowEditEvent<T> event) {
        T row = event.getObject();
        try {
            store(row);
            info("site.saved");
            reload();
        } catch (StaleEdit e) {
            // The table shows their version from now on; what was typed here is in the message to redo.
            reload();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.format("site.refused.conflictRow", describe(row)), null));
            faces.validationFailed();
        } catch (EditRefused e) {
            error(e);
        }
    }

    public void onRowCancel(RowEditEvent<T> event) {
        reload();
    }

    public void delete(T row) {
        Long id = idOf(row);
        try {
            if (id != null) {
                remove(id);
            }
            info("site.deleted");
            reload();
        } catch (EditRefused e) {
            error(e);
        }
    }

    private void info(String key) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(key), null));
    }

    private void error(EditRefused e) {
        // A table row's fields have no message of their own: above the table.
        Refusals.show(faces, null, e);
    }

    public List<T> getRows() {
        return rows;
    }

    public T getFresh() {
        return fresh;
    }
}
