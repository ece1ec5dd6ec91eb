package vn.govportal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.omnifaces.util.Servlets;

/**
 * Staff sign in with the form at {@code /login.xhtml}. A request for an admin page without a
 * signed-in member is redirected there with the page to continue to; the sign-in page sends the
 * member back to it as a new request. The signed-in identity, with its roles, is kept in the
 * HTTP session for the rest of that session, as plain attributes ({@link StaffSessions}) from which
 * each request is signed in again: in a cluster the session moves between instances with them.
 * Public pages never touch the session. A script may sign in with HTTP Basic, but only to
 * download a backup ({@link #BASIC_PATH}).
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String CONTINUE_PARAMETER = "tiep";
    /** The one address a script may sign in to with HTTP Basic: the backup download. */
    static final String BASIC_PATH = "/admin/backup/download";
    /** Set on a request signed in with HTTP Basic. */
    public static final String BASIC = "govportal.basicSignIn";

    @Inject
    private IdentityStoreHandler identityStores;

    /** Staff previews of unpublished items (PreviewServlet). */
    static final String PREVIEW_PATH = "/admin/xem-truoc/";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        Optional<String> username = StaffSessions.username(session);
        Optional<Role> role = StaffSessions.role(session);
        if (username.isPresent() && role.isPresent()) {
            // StaffSessionFilter then checks that this grant is still the account's current one.
            return context.notifyContainerAboutLogin(username.get(), role.get().groups());
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String authorization = request.getHeader("Authorization");
        if (BASIC_PATH.equals(path) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            // For backups from a script: the same identity store, so throttled and audited like the form.
            Optional<UsernamePasswordCredential> basic = basicCredential(authorization.substring(6).trim());
            CredentialValidationResult result = basic.isPresent() ? identityStores.validate(basic.get())
                    : CredentialValidationResult.INVALID_RESULT;
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.setAttribute(BASIC, Boolean.TRUE);
                return context.notifyContainerAboutLogin(result);
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"govportal\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        if (context.isProtected() && path.startsWith(PREVIEW_PATH)) {
            // A draft's preview does not even admit that it exists to someone not signed in.
            return context.responseNotFound();
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            if (Servlets.isFacesAjaxRequest(request)) {
                // An ajax request (a table, an upload) after the session expired: a plain redirect
                // would hand the page the sign-in form as its ajax answer, and nothing would happen.
                Servlets.facesRedirect(request, response, request.getContextPath() + LOGIN_PAGE + "?"
                        + CONTINUE_PARAMETER + "=%s", target);
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?" + CONTINUE_PARAMETER + "="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
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
}
