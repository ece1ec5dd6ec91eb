package vn.govportal.database;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers with the maintenance page (HTTP 503, {@code Retry-After}) rather than an error page
 * when the database cannot be used: for every request if it could not be brought up to date at
 * startup, and for any request that meets an outage while it is being served. A form sent during
 * an outage is not answered here: it comes back with what was typed (see
 * {@code DatabaseOutageHandler}).
 */
@WebFilter(filterName = "MaintenanceFilter", urlPatterns = "/*")
public class MaintenanceFilter extends HttpFilter {

    @Inject
    private DatabaseStatus status;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!status.isAvailable()) {
            MaintenancePage.send(response, MaintenancePage.RETRY_AFTER_FAILED_START);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseFailures.isUnreachable(e)) {
                throw e;
            }
            status.reportUnreachable(e);
            MaintenancePage.send(response, MaintenancePage.RETRY_AFTER_OUTAGE);
        }
    }
}
