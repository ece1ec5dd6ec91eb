package vn.govportal.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.omnifaces.util.Servlets;

/**
 * Staff sign in with the form at {@code /login.xhtml}. A request for an admin page without a
 * signed-in member is redirected there with the page to continue to; the sign-in page sends the
 * member back to it as a new request. The signed-in identity, with its roles, is kept in the
 * HTTP session for the rest of that session, as plain attributes ({@link StaffSessions}) from which
 * each request is signed in again: in a cluster the session moves between instances with them.
 * Public pages never touch the session. A script may sign in with HTTP Basic, but only to
 * download a backup ({@link #BASIC_PATH}).
 * <p>
 * A Jakarta Authentication module the container asks about every request, public ones included
 * (registered by {@link StaffAuthRegistration}). It holds everything it needs from the start, so a
 * visitor's request (no session cookie, not an admin page) is answered with a few comparisons.
 */
public class StaffAuthModule implements ServerAuthModule {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String CONTINUE_PARAMETER = "tiep";
    /** The one address a script may sign in to with HTTP Basic: the backup download. */
    static final String BASIC_PATH = "/admin/backup/download";
    /** Set on a request signed in with HTTP Basic. */
    public static final String BASIC = "govportal.basicSignIn";
    /** Staff previews of unpublished items (PreviewServlet). */
    static final String PREVIEW_PATH = "/admin/xem-truoc/";
    /** The request attribute by which the sign-in form hands over the credential typed ({@link #signIn}). */
    private static final String CREDENTIAL = "govportal.signInCredential";
    /** Set by the container when the address asked for needs a signed-in member. */
    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

    private final Function<Credential, CredentialValidationResult> identityStore;
    private CallbackHandler container;

    /** @param identityStore checks a typed credential (throttled, audited: {@link StaffIdentityStore}) */
    public StaffAuthModule(Function<Credential, CredentialValidationResult> identityStore) {
        this.identityStore = identityStore;
    }

    /**
     * Signs in with what was typed into the sign-in form, as a new authentication: the identity
     * store decides, even in a session already signed in. True when it was accepted.
     */
    public static boolean signIn(HttpServletRequest request, HttpServletResponse response, Credential credential)
            throws IOException, jakarta.servlet.ServletException {
        request.setAttribute(CREDENTIAL, credential);
        try {
            return request.authenticate(response);
        } finally {
            request.removeAttribute(CREDENTIAL);
        }
    }

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
            @SuppressWarnings("rawtypes") Map options) {
        this.container = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class};
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
        boolean isProtected = Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY)));
        try {
            if (request.getAttribute(CREDENTIAL) instanceof Credential credential) {
                CredentialValidationResult result = identityStore.apply(credential);
                return result.getStatus() == CredentialValidationResult.Status.VALID
                        ? signedIn(client, result.getCallerPrincipal().getName(), result.getCallerGroups())
                        : AuthStatus.SEND_FAILURE;
            }
            HttpSession session = request.getSession(false);
            if (session != null) {
                Optional<String> username = StaffSessions.username(session);
                Optional<Role> role = StaffSessions.role(session);
                if (username.isPresent() && role.isPresent()) {
                    // StaffSessionFilter then checks that this grant is still the account's current one.
                    return signedIn(client, username.get(), role.get().groups());
                }
            }
            if (!isProtected) {
                return AuthStatus.SUCCESS; // a visitor: nobody signed in, nothing asked
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String authorization = request.getHeader("Authorization");
            if (BASIC_PATH.equals(path) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                // For backups from a script: the same identity store, so throttled and audited like the form.
                Optional<UsernamePasswordCredential> basic = basicCredential(authorization.substring(6).trim());
                CredentialValidationResult result = basic.isPresent() ? identityStore.apply(basic.get())
                        : CredentialValidationResult.INVALID_RESULT;
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    request.setAttribute(BASIC, Boolean.TRUE);
                    return signedIn(client, result.getCallerPrincipal().getName(), result.getCallerGroups());
                }
                response.setHeader("WWW-Authenticate", "Basic realm=\"govportal\", charset=\"UTF-8\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return AuthStatus.SEND_FAILURE;
            }
            if (path.startsWith(PREVIEW_PATH)) {
                // A draft's preview does not even admit that it exists to someone not signed in.
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return AuthStatus.SEND_FAILURE;
            }
            String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            if (Servlets.isFacesAjaxRequest(request)) {
                // An ajax request (a table, an upload) after the session expired: a plain redirect
                // would hand the page the sign-in form as its ajax answer, and nothing would happen.
                Servlets.facesRedirect(request, response, request.getContextPath() + LOGIN_PAGE + "?"
                        + CONTINUE_PARAMETER + "=%s", target);
            } else {
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?" + CONTINUE_PARAMETER + "="
                        + URLEncoder.encode(target, StandardCharsets.UTF_8));
            }
            return AuthStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw (AuthException) new AuthException("The answer to an unauthenticated request could not be sent").initCause(e);
        }
    }

    /** Tells the container who is signed in and in which groups (mapped to roles in payara-web.xml). */
    private AuthStatus signedIn(Subject client, String username, Set<String> groups) throws AuthException {
        try {
            container.handle(new Callback[] {
                new CallerPrincipalCallback(client, username),
                new GroupPrincipalCallback(client, groups.toArray(String[]::new))});
        } catch (IOException | UnsupportedCallbackException e) {
            throw (AuthException) new AuthException("The container did not take the signed-in member").initCause(e);
        }
        return AuthStatus.SUCCESS;
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
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
