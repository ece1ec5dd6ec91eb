package vn.govportal.procedure;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.govportal.audit.AuditLog;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.SafeUrls;
import vn.govportal.publishing.StaleEdit;
import vn.govportal.publishing.TextFields;
import vn.govportal.security.Caller;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;

/**
 * Editors keep the list of procedures: each with a name, a field, processing time and fee as
 * text, and its address on the national public-service portal (an outside http(s) address).
 * Saves are checked against the version that was edited and are on the public list at once.
 */
@Stateless
@RequiresRole(Role.EDITOR)
public class ProcedureEditing {

    /** Codes of the national database: digits in groups, "1.001234". */
    private static final Pattern CODE = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ContentChanged> changed;

    public Optional<Procedure> find(long id) {
        return Optional.ofNullable(em.find(Procedure.class, id));
    }

    /** Every procedure, published or not, by field and order. */
    public List<Procedure> all() {
        return em.createQuery("SELECT p FROM Procedure p ORDER BY p.field, p.sortOrder, p.name, p.id", Procedure.class).getResultList();
    }

    public Procedure save(Procedure p) {
        p.setName(TextFields.checked("name", p.getName(), Procedure.MAX_NAME, true));
        p.setNameEn(TextFields.checked("nameEn", p.getNameEn(), Procedure.MAX_NAME, false));
        p.setField(TextFields.checked("field", p.getField(), Procedure.MAX_FIELD, true));
        p.setFieldEn(TextFields.checked("fieldEn", p.getFieldEn(), Procedure.MAX_FIELD, false));
        p.setProcessingTime(TextFields.checked("processingTime", p.getProcessingTime(), Procedure.MAX_TEXT, true));
        p.setProcessingTimeEn(TextFields.checked("processingTimeEn", p.getProcessingTimeEn(), Procedure.MAX_TEXT, false));
        p.setFee(TextFields.checked("fee", p.getFee(), Procedure.MAX_TEXT, true));
        p.setFeeEn(TextFields.checked("feeEn", p.getFeeEn(), Procedure.MAX_TEXT, false));
        if (p.getLevel() == null) {
            throw new EditRefused("level", "article.refused.required");
        }
        String code = TextFields.checked("code", p.getCode(), Procedure.MAX_CODE, false);
        if (code != null && !CODE.matcher(code).matches()) {
            throw new EditRefused("code", "procedure.refused.code");
        }
        if (code != null && em.createQuery("SELECT p.id FROM Procedure p WHERE p.code = :code", Long.class).setParameter("code", code)
                .getResultList().stream().anyMatch(id -> !id.equals(p.getId()))) {
            throw new EditRefused("code", "procedure.refused.codeTaken", code);
        }
        p.setCode(code);
        String url = SafeUrls.checked("portalUrl", p.getPortalUrl(), Procedure.MAX_URL);
        if (url == null) {
            throw new EditRefused("portalUrl", "article.refused.required");
        }
        if (url.startsWith("/")) {
            throw new EditRefused("portalUrl", "procedure.refused.outside");
        }
        p.setPortalUrl(url);
        boolean created = p.getId() == null;
        Procedure saved;
        try {
            if (created) {
                em.persist(p);
                saved = p;
            } else {
                if (em.find(Procedure.class, p.getId()) == null) {
                    throw new EditRefused(null, "site.refused.gone");
                }
                saved = em.merge(p);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit();
        }
        audit.record(caller(), null, created ? "PROCEDURE_CREATED" : "PROCEDURE_SAVED", "Procedure", saved.getId(), saved.getName());
        changed.fire(new ContentChanged("procedure", saved.getId()));
        return saved;
    }

    public void delete(long id) {
        Procedure p = em.find(Procedure.class, id);
        if (p != null) {
            em.remove(p);
            audit.record(caller(), null, "PROCEDURE_DELETED", "Procedure", id, p.getName());
            changed.fire(new ContentChanged("procedure", id));
        }
    }

    private String caller() {
        return caller.name();
    }
}
