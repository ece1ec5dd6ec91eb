package vn.govportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.govportal.security.StaffSignInFilter;

/** Backs the expired-session page: signing in again leads back to the page that expired. */
@Named("expired")
@RequestScoped
public class ExpiredBacking {

    @Inject
    private FacesContext faces;

    /**
     * A form whose view state is unknown (the session expired, or it was forged) is a request the
     * portal cannot carry out: 400, not the 500 of an error. An ajax request keeps 200, or the
     * browser would not show this page at all.
     */
    public void answerBadRequest() {
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            faces.getExternalContext().setResponseStatus(400);
        }
    }

    /** The sign-in address, continuing to the admin page whose form could no longer be submitted. */
    public String getSignInUrl() {
        ExternalContext external = faces.getExternalContext();
        Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        String page = uri == null ? "" : uri.toString().substring(Math.min(uri.toString().length(), external.getRequestContextPath().length()));
        return StaffSignInFilter.LOGIN_PAGE + "?" + StaffSignInFilter.CONTINUE_PARAMETER + "="
                + URLEncoder.encode(StaffSignInFilter.continueTo(page), StandardCharsets.UTF_8);
    }
}
