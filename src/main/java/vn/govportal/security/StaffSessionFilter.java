package vn.govportal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.omnifaces.util.Servlets;
import vn.govportal.database.DatabaseFailures;
import vn.govportal.database.DatabaseStatus;

/**
 * Checks, on every admin request, that the signed-in account still has what its session was
 * given: an account that was disabled, given another role or had its password reset is signed
 * out at its next click and sent to the sign-in page. Admin traffic is small, so one look-up by
 * username per request costs little.
 */
@WebFilter(filterName = "StaffSessionFilter", urlPatterns = "/admin/*")
public class StaffSessionFilter extends HttpFilter {

    @Inject
    private StaffAccountService accounts;

    @Inject
    private DatabaseStatus database;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        Optional<StaffAccount> account;
        try {
            account = accounts.findByUsername(caller.getName());
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnreachable(e)) {
                throw e;
            }
            // The account cannot be read during an outage (nor changed). Signing the member out now would
            // take the form they are typing in off the screen; the check resumes once the database is back.
            database.reportUnreachable(e);
            chain.doFilter(request, response);
            return;
        }
        if (StaffSessions.isCurrent(session, account)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            request.logout(); // may end the session itself
            HttpSession left = request.getSession(false);
            if (left != null) {
                left.invalidate();
            }
        } catch (IllegalStateException alreadyEnded) {
            // another request of the same browser ended it first: nothing left to do
        }
        String target = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null || !"GET".equals(request.getMethod()) ? "" : "?" + request.getQueryString());
        // Works for a full page and for an ajax request alike.
        Servlets.facesRedirect(request, response, request.getContextPath() + StaffAuthModule.LOGIN_PAGE
                + "?" + StaffAuthModule.CONTINUE_PARAMETER + "=%s", target);
    }
}
