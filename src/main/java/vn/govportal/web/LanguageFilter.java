package vn.govportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.govportal.client.ClientFilter;

/**
 * Handles the console's language links ({@code ?hl=en}): remembers the choice in a cookie and
 * reloads the same page without the parameter, so the address stays clean and bookmarkable.
 */
@WebFilter(filterName = "LanguageFilter", urlPatterns = {"/admin/*", "/login.xhtml"})
public class LanguageFilter extends HttpFilter {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only a GET link switches: a form's body is left for the page to read.
        String wanted = "GET".equals(request.getMethod()) ? request.getParameter(Language.PARAMETER) : null;
        if (wanted == null) {
            chain.doFilter(request, response);
            return;
        }
        if (Language.SUPPORTED.contains(wanted)) {
            Cookie cookie = new Cookie(Language.COOKIE, wanted);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(ClientFilter.isSecure(request));
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        String query = Language.withoutSwitch(request.getQueryString());
        response.sendRedirect(request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
    }
}
