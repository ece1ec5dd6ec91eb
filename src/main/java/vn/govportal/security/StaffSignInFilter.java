package vn.govportal.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Servlets;
import vn.govportal.database.DatabaseFailures;
import vn.govportal.database.DatabaseStatus;

/**
 * Staff sign in with the form at {@link #LOGIN_PAGE} ({@link Caller#signIn}). The grant is kept
 * in the HTTP session as plain attributes ({@link StaffSessions}), from which this filter signs
 * each request of the console in again: in a cluster the session moves between instances with
 * them. Then, for every console address:
 * <ul>
 * <li>nobody signed in: the browser goes to the sign-in page, with the page to continue to (a
 * draft's preview answers 404 instead: it does not admit that it exists); a script may sign in
 * with HTTP Basic, but only to download a backup ({@link #BASIC_PATH});</li>
 * <li>an account that was disabled, given another role or had its password reset since the
 * session was granted: signed out, and sent to the sign-in page;</li>
 * <li>a role too low for the address ({@link #requiredRole}): 403.</li>
 * </ul>
 * The container knows nothing of staff: public pages, which never come here, pay nothing for
 * the console's security, and the beans check roles themselves ({@link RequiresRole}). Only the
 * addresses mapped here (web.xml) see a signed-in member: the console, the sign-in page and
 * the media files (a file not yet public is shown to staff only).
 */
@WebFilter(filterName = "StaffSignInFilter")
public class StaffSignInFilter extends HttpFilter {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String CONTINUE_PARAMETER = "tiep";
    /** The one address a script may sign in to with HTTP Basic: the backup download. */
    static final String BASIC_PATH = "/admin/backup/download";
    /** Set on a request signed in with HTTP Basic. */
    public static final String BASIC = "govportal.basicSignIn";
    /** Staff previews of unpublished items (PreviewServlet). */
    static final String PREVIEW_PATH = "/admin/xem-truoc/";
    /** The Facelets sources: templates and includes, never served as files. */
    static final String SOURCES = "/resources";

    private static final String CONSOLE = "/admin";
    private static final List<String> EDITOR_FOLDERS = List.of("/admin/media", "/admin/site", "/admin/notices",
            "/admin/questions", "/admin/pages", "/admin/procedures");
    private static final List<String> ADMIN_FOLDERS = List.of("/admin/users", "/admin/settings", "/admin/audit",
            "/admin/backup");

    @Inject
    Caller caller;

    @Inject
    StaffAccountService accounts;

    @Inject
    DatabaseStatus database;

    /**
     * The role an address needs, by its decoded and normalised path ({@code /%61dmin/users/} is
     * {@code /admin/users/}): an administrator for accounts, settings, audit and backups, an
     * editor for the media library, site, notices, questions, pages and procedures, an author for
     * the rest of the console; empty outside it.
     */
    static Optional<Role> requiredRole(String path) {
        if (!within(path, CONSOLE)) {
            return Optional.empty();
        }
        if (ADMIN_FOLDERS.stream().anyMatch(folder -> within(path, folder))) {
            return Optional.of(Role.ADMIN);
        }
        if (EDITOR_FOLDERS.stream().anyMatch(folder -> within(path, folder))) {
            return Optional.of(Role.EDITOR);
        }
        return Optional.of(Role.AUTHOR);
    }

    /** As a servlet URL pattern {@code /folder/*} matches: the folder itself or anything below it. */
    private static boolean within(String path, String folder) {
        return path.startsWith(folder) && (path.length() == folder.length() || path.charAt(folder.length()) == '/');
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (within(path, SOURCES)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Role> required = requiredRole(path);
        HttpSession session = request.getSession(false);
        Optional<String> username = StaffSessions.username(session);
        Optional<Role> role = StaffSessions.role(session);
        if (username.isPresent() && role.isPresent()) {
            if (required.isPresent() && !stillGranted(request, session, username.get())) {
                signOutAndAsk(request, response);
                return;
            }
            caller.actFor(username.get(), role.get(), false);
        } else if (required.isPresent()) {
            if (!triesBasic(request, path)) {
                askToSignIn(request, response, path);
                return;
            }
            if (!signInScript(request, response)) {
                return;
            }
        }
        if (required.isPresent() && !caller.has(required.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(new StaffRequest(request, caller), response);
    }

    /**
     * Whether the account still has what its session was given. Read from the database on each
     * console request (little traffic); during an outage the check waits for the database, rather
     * than take the form being typed off the screen.
     */
    private boolean stillGranted(HttpServletRequest request, HttpSession session, String username) {
        try {
            return StaffSessions.isCurrent(session, accounts.findByUsername(username));
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnreachable(e)) {
                throw e;
            }
            database.reportUnreachable(e);
            return true;
        }
    }

    /** Ends a session whose grant is no longer the account's, and sends the browser to sign in again. */
    private static void signOutAndAsk(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        } catch (IllegalStateException alreadyEnded) {
            // another request of the same browser ended it first: nothing left to do
        }
        // A form sent meanwhile is not sent again: only a page asked for with GET keeps its query.
        sendToSignIn(request, response, "GET".equals(request.getMethod()));
    }

    /** Whether a script tries HTTP Basic where it may: the backup download. */
    private static boolean triesBasic(HttpServletRequest request, String path) {
        String authorization = request.getHeader("Authorization");
        return BASIC_PATH.equals(path) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /**
     * Signs a script in with HTTP Basic: the same identity store as the form, so throttled and
     * audited alike. A refusal is answered here (401, asking again).
     */
    private boolean signInScript(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UsernamePasswordCredential> basic = basicCredential(request.getHeader("Authorization").substring(6).trim());
        if (basic.isPresent() && caller.signIn(basic.get(), true)) {
            request.setAttribute(BASIC, Boolean.TRUE);
            return true;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"govportal\", charset=\"UTF-8\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return false;
    }

    private static void askToSignIn(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if (path.startsWith(PREVIEW_PATH)) {
            // A draft's preview does not even admit that it exists to someone not signed in.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        sendToSignIn(request, response, true);
    }

    /**
     * To the sign-in page, which then continues to the address asked for. An ajax request (a
     * table, an upload) gets the redirect as its ajax answer: a plain one would hand the page
     * the sign-in form as that answer, and nothing would happen.
     */
    private static void sendToSignIn(HttpServletRequest request, HttpServletResponse response, boolean withQuery)
            throws IOException {
        String target = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null || !withQuery ? "" : "?" + request.getQueryString());
        Servlets.facesRedirect(request, response, request.getContextPath() + LOGIN_PAGE + "?" + CONTINUE_PARAMETER + "=%s", target);
    }

    /** "user:password", Base64 in UTF-8; empty if it is not that. */
    static Optional<UsernamePasswordCredential> basicCredential(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Where to go after signing in: the admin page asked for, if it is one; else the console's
     * home. Anything else (another site, a scheme, a path outside the console) is ignored, so
     * the sign-in page cannot be used to send staff elsewhere.
     */
    public static String continueTo(String requested) {
        if (requested != null && requested.startsWith("/admin/") && requested.length() < 2000
                && !requested.contains("//") && !requested.contains("\\") && !requested.contains("..")
                && requested.chars().noneMatch(c -> c < 0x20)) {
            return requested;
        }
        return "/admin/";
    }

    /** The request as the servlet API tells the rest of the chain who is signed in. */
    static final class StaffRequest extends HttpServletRequestWrapper {

        private final Caller caller;

        StaffRequest(HttpServletRequest request, Caller caller) {
            super(request);
            this.caller = caller;
        }

        @Override
        public Principal getUserPrincipal() {
            return caller.username().map(StaffPrincipal::new).orElse(null);
        }

        @Override
        public String getRemoteUser() {
            return caller.username().orElse(null);
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.has(role);
        }

        @Override
        public String getAuthType() {
            return !caller.isSignedIn() ? null : caller.isBasic() ? BASIC_AUTH : FORM_AUTH;
        }

        @Override
        public void login(String username, String password) throws ServletException {
            if (!caller.signIn(new UsernamePasswordCredential(username, password))) {
                throw new ServletException("The sign-in was refused");
            }
        }

        @Override
        public boolean authenticate(HttpServletResponse response) {
            return caller.isSignedIn();
        }

        @Override
        public void logout() {
            caller.signOut(this);
        }
    }

    /** A signed-in member, by username. */
    record StaffPrincipal(String getName) implements Principal {
    }
}
