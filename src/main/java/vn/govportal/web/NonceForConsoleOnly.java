package vn.govportal.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * PrimeFaces' script nonces are for the console, whose pages run PrimeFaces' scripts. The public
 * site runs none and has its own fixed policy (see {@link BrowserPolicyFilter}); left to
 * PrimeFaces, a public page would get a nonce kept in a view map, and with it an HTTP session and
 * a cookie that public pages must not have. Marking the policy as already set for those views
 * makes PrimeFaces leave them alone.
 */
public class NonceForConsoleOnly implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view != null && !isConsoleView(view.getViewId())) {
            PrimeFacesContext.getCspState(context).setInitialized(true);
        }
    }

    /** The console's pages and its sign-in page; everything else is the public site or a page about an error. */
    static boolean isConsoleView(String viewId) {
        return viewId != null && (viewId.startsWith("/admin/") || viewId.equals("/login.xhtml"));
    }
}
