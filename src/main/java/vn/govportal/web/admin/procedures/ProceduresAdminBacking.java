package vn.govportal.web.admin.procedures;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.govportal.procedure.Procedure;
import vn.govportal.procedure.ProcedureEditing;

/** Backs {@code /admin/procedures/}: every procedure, published or not, by field. */
@Named("proceduresAdmin")
@RequestScoped
public class ProceduresAdminBacking {

    @Inject
    private ProcedureEditing procedures;

    private List<Procedure> rows;

    @PostConstruct
    void load() {
        rows = procedures.all();
    }

    public List<Procedure> getRows() {
        return rows;
    }
}
