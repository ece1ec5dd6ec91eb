package vn.govportal.web.admin.procedures;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.procedure.Procedure;
import vn.govportal.procedure.ProcedureEditing;
import vn.govportal.procedure.ServiceLevel;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.StaleEdit;
import vn.govportal.web.Messages;
import vn.govportal.web.Pages;
import vn.govportal.web.admin.Refusals;

/** Backs {@code /admin/procedures/edit.xhtml?id=N} (no id: a new procedure). A refused save keeps what was typed. */
@Named("editProcedure")
@ViewScoped
public class EditProcedureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureEditing procedures;

    @Inject
    private FacesContext faces;

    private Long id;
    private Procedure procedure;

    public void load() {
        if (id == null) {
            procedure = new Procedure();
            return;
        }
        procedure = procedures.find(id).orElse(null);
        if (procedure == null) {
            Pages.notFound();
        }
    }

    public void save() throws IOException {
        try {
            Procedure saved = procedures.save(procedure);
            Refusals.done(faces, "site.saved");
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/admin/procedures/edit.xhtml?id=" + saved.getId());
        } catch (StaleEdit e) {
            // Someone else saved first: this text stays, and saving again puts it over theirs.
            procedures.find(procedure.getId()).ifPresent(theirs -> procedure.setVersion(theirs.getVersion()));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("site.refused.conflictKept"), null));
            faces.validationFailed();
        } catch (EditRefused e) {
            Refusals.show(faces, "procedure", e);
        }
    }

    public void delete() throws IOException {
        procedures.delete(procedure.getId());
        Refusals.done(faces, "site.deleted");
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/procedures/");
    }

    public ServiceLevel[] getLevels() {
        return ServiceLevel.values();
    }

    public boolean isNewProcedure() {
        return procedure == null || procedure.getId() == null;
    }

    public int getMaxName() {
        return Procedure.MAX_NAME;
    }

    public int getMaxField() {
        return Procedure.MAX_FIELD;
    }

    public int getMaxText() {
        return Procedure.MAX_TEXT;
    }

    public int getMaxCode() {
        return Procedure.MAX_CODE;
    }

    public int getMaxUrl() {
        return Procedure.MAX_URL;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Procedure getProcedure() {
        return procedure;
    }
}
