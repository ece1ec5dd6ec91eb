package vn.govportal.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.govportal.publishing.EditRefused;
import vn.govportal.web.Messages;

/** Shows a refused save where the editor looks for it: beside the field it names, or above the form. */
public final class Refusals {

    private Refusals() {
    }

    /** {@code form}: the id of the form whose field the refusal names ({@code page} for {@code page:title}); null: above the form. */
    public static void show(FacesContext faces, String form, EditRefused refused) {
        show(faces, form, refused.getField(), refused);
    }

    /** As {@link #show(FacesContext, String, EditRefused)}, beside {@code field} of the form: where the form names the rule's field otherwise. */
    public static void show(FacesContext faces, String form, String field, EditRefused refused) {
        String clientId = field == null || form == null ? null : form + ":" + field;
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.format(refused.getMessageKey(), refused.getArguments()), null));
        faces.validationFailed();
    }

    /** A message above the form, on the page the action answers with. */
    public static void said(FacesContext faces, String key) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(key), null));
    }

    /** A message above the form that keeps through a redirect (after a save, a move, a deletion). */
    public static void done(FacesContext faces, String key) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(key), null));
    }
}
