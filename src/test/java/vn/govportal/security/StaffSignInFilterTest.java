package vn.govportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffSignInFilterTest {

    private static final String EDITOR_HASH = PasswordHashing.hash("Mat-khau-2026");

    private final AtomicInteger storeCalls = new AtomicInteger();
    private final Map<String, Object> sent = new HashMap<>();
    private final Map<String, StaffAccount> accounts = new HashMap<>();
    private StaffSignInFilter filter;
    private Caller caller;
    /** The request the filter passed on, or null if it answered itself. */
    private HttpServletRequest passedOn;

    @BeforeEach
    void setUp() {
        caller = new Caller();
        caller.accounts = new StaffIdentityStore() {
            /** "bien.tap" with "Mat-khau-2026" is an editor, "quan.tri" with "Quan-tri-2026" an administrator. */
            @Override
            public CredentialValidationResult validate(Credential credential) {
                storeCalls.incrementAndGet();
                if (credential instanceof UsernamePasswordCredential login) {
                    if (login.getCaller().equals("bien.tap") && login.getPasswordAsString().equals("Mat-khau-2026")) {
                        return new CredentialValidationResult("bien.tap", Role.EDITOR.groups());
                    }
                    if (login.getCaller().equals("quan.tri") && login.getPasswordAsString().equals("Quan-tri-2026")) {
                        return new CredentialValidationResult("quan.tri", Role.ADMIN.groups());
                    }
                }
                return CredentialValidationResult.INVALID_RESULT;
            }
        };
        filter = new StaffSignInFilter();
        filter.caller = caller;
        filter.accounts = new StaffAccountService() {
            @Override
            public Optional<StaffAccount> findByUsername(String username) {
                return Optional.ofNullable(accounts.get(username));
            }
        };
        accounts.put("bien.tap", new StaffAccount("bien.tap", "Biên Tập", Role.EDITOR, EDITOR_HASH));
    }

    /** A session granted to the editor "bien.tap" at sign-in. */
    private Map<String, Object> editorsSession() {
        StaffAccount account = accounts.get("bien.tap");
        return new HashMap<>(Map.of(StaffSessions.USERNAME, "bien.tap", StaffSessions.ROLE, Role.EDITOR,
                StaffSessions.STAMP, StaffSessions.stampOf(account).orElseThrow()));
    }

    @Test
    void theRoleAnAddressNeedsFollowsTheConsolesFolders() {
        assertThat(StaffSignInFilter.requiredRole("/admin/articles/edit.xhtml")).contains(Role.AUTHOR);
        assertThat(StaffSignInFilter.requiredRole("/admin")).contains(Role.AUTHOR);
        assertThat(StaffSignInFilter.requiredRole("/admin/index.xhtml")).contains(Role.AUTHOR);
        assertThat(StaffSignInFilter.requiredRole("/admin/notices/list.xhtml")).contains(Role.EDITOR);
        assertThat(StaffSignInFilter.requiredRole("/admin/media")).contains(Role.EDITOR);
        assertThat(StaffSignInFilter.requiredRole("/admin/users/list.xhtml")).contains(Role.ADMIN);
        assertThat(StaffSignInFilter.requiredRole("/admin/backup/download")).contains(Role.ADMIN);
        // A folder is a whole path segment, as in a servlet URL pattern.
        assertThat(StaffSignInFilter.requiredRole("/admin/usersettings.xhtml")).contains(Role.AUTHOR);
        assertThat(StaffSignInFilter.requiredRole("/administration")).isEmpty();
        assertThat(StaffSignInFilter.requiredRole("/login.xhtml")).isEmpty();
        assertThat(StaffSignInFilter.requiredRole("/tep/12/anh.jpg")).isEmpty();
    }

    @Test
    void aSignedInSessionActsForItsMemberWithItsRole() throws Exception {
        Exchange page = new Exchange("/admin/articles/list.xhtml", editorsSession());

        page.run();

        assertThat(passedOn).isNotNull();
        assertThat(passedOn.getRemoteUser()).isEqualTo("bien.tap");
        assertThat(passedOn.getUserPrincipal().getName()).isEqualTo("bien.tap");
        assertThat(passedOn.isUserInRole("AUTHOR")).isTrue();
        assertThat(passedOn.isUserInRole("EDITOR")).isTrue();
        assertThat(passedOn.isUserInRole("ADMIN")).isFalse();
        assertThat(passedOn.getAuthType()).isEqualTo(HttpServletRequest.FORM_AUTH);
        assertThat(caller.has(Role.EDITOR)).isTrue();
        assertThat(storeCalls).hasValue(0);
        assertThat(sent).isEmpty();
    }

    @Test
    void aRoleTooLowForTheAddressIsRefused() throws Exception {
        Exchange page = new Exchange("/admin/users/list.xhtml", editorsSession());
        page.servletPath = "/admin/users/list.xhtml";

        page.run();

        assertThat(passedOn).isNull();
        assertThat(sent.get("error")).isEqualTo(403);
    }

    @Test
    void anEscapedAddressIsCheckedAsTheFolderItNames() throws Exception {
        Exchange page = new Exchange("/admin/%75sers/list.xhtml", editorsSession());
        page.servletPath = "/admin/users/list.xhtml"; // as the container decodes it

        page.run();

        assertThat(passedOn).isNull();
        assertThat(sent.get("error")).isEqualTo(403);
    }

    @Test
    void anAccountChangedSinceSigningInIsSignedOutAndAskedToSignInAgain() throws Exception {
        Map<String, Object> session = editorsSession();
        accounts.put("bien.tap", new StaffAccount("bien.tap", "Biên Tập", Role.AUTHOR, EDITOR_HASH));
        Exchange page = new Exchange("/admin/articles/list.xhtml", session);

        page.run();

        assertThat(passedOn).isNull();
        assertThat(sent.get("invalidated")).isEqualTo(true);
        assertThat(sent.get("redirect")).isEqualTo("/login.xhtml?tiep=%2Fadmin%2Farticles%2Flist.xhtml");
        assertThat(caller.isSignedIn()).isFalse();
    }

    @Test
    void anAdminPageWithoutASignedInMemberGoesToTheSignInPageAndComesBack() throws Exception {
        Exchange page = new Exchange("/admin/articles/edit.xhtml", null);
        page.query = "id=7";

        page.run();

        assertThat(passedOn).isNull();
        assertThat(sent.get("redirect")).isEqualTo("/login.xhtml?tiep=%2Fadmin%2Farticles%2Fedit.xhtml%3Fid%3D7");
        assertThat(storeCalls).hasValue(0);
    }

    @Test
    void aDraftsPreviewIsNotFoundForSomeoneNotSignedIn() throws Exception {
        new Exchange("/admin/xem-truoc/bai-viet/12", null).run();

        assertThat(passedOn).isNull();
        assertThat(sent.get("error")).isEqualTo(404);
    }

    @Test
    void theSignInPageAndMediaFilesAreOpenToAnyone() throws Exception {
        new Exchange("/login.xhtml", null).run();
        assertThat(passedOn).isNotNull();
        assertThat(passedOn.getUserPrincipal()).isNull();
        assertThat(passedOn.isUserInRole("AUTHOR")).isFalse();

        passedOn = null;
        new Exchange("/tep/12/anh.jpg", editorsSession()).run();
        assertThat(passedOn.getRemoteUser()).isEqualTo("bien.tap"); // a file not yet public is shown to staff
        assertThat(sent).isEmpty();
    }

    @Test
    void facletsSourcesAreNotServed() throws Exception {
        new Exchange("/resources/templates/site.xhtml", editorsSession()).run();

        assertThat(passedOn).isNull();
        assertThat(sent.get("error")).isEqualTo(404);
    }

    @Test
    void httpBasicSignsInOnlyForTheBackupDownload() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("quan.tri:Quan-tri-2026".getBytes(StandardCharsets.UTF_8));
        Exchange backup = new Exchange(StaffSignInFilter.BASIC_PATH, null);
        backup.headers.put("Authorization", basic);
        backup.run();
        assertThat(passedOn).isNotNull();
        assertThat(passedOn.getRemoteUser()).isEqualTo("quan.tri");
        assertThat(passedOn.getAuthType()).isEqualTo(HttpServletRequest.BASIC_AUTH);
        assertThat(backup.attributes).containsEntry(StaffSignInFilter.BASIC, Boolean.TRUE);

        passedOn = null;
        caller = new Caller();
        filter.caller = caller;
        Exchange elsewhere = new Exchange("/admin/articles/", null);
        elsewhere.headers.put("Authorization", basic);
        elsewhere.run();
        assertThat(passedOn).isNull();
        assertThat(sent.get("redirect")).isEqualTo("/login.xhtml?tiep=%2Fadmin%2Farticles%2F");
        assertThat(storeCalls).hasValue(1);
    }

    @Test
    void aWrongBasicPasswordIsAskedForAgain() throws Exception {
        Exchange backup = new Exchange(StaffSignInFilter.BASIC_PATH, null);
        backup.headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString("quan.tri:x".getBytes(StandardCharsets.UTF_8)));

        backup.run();

        assertThat(passedOn).isNull();
        assertThat(sent.get("error")).isEqualTo(401);
        assertThat((String) sent.get("WWW-Authenticate")).startsWith("Basic realm=\"govportal\"");
    }

    @Test
    void signingOutLeavesNobodyForTheRestOfTheRequest() throws Exception {
        new Exchange("/admin/articles/list.xhtml", editorsSession()).run();

        passedOn.logout();

        assertThat(passedOn.getUserPrincipal()).isNull();
        assertThat(caller.has(Role.AUTHOR)).isFalse();
    }

    /** One request and its response as the container hands them to the filter. */
    private final class Exchange {
        final String path;
        String servletPath;
        final Map<String, Object> session;
        final Map<String, Object> attributes = new HashMap<>();
        final Map<String, String> headers = new HashMap<>();
        String query;

        Exchange(String path, Map<String, Object> session) {
            this.path = path;
            this.servletPath = path;
            this.session = session;
        }

        void run() throws Exception {
            HttpSession httpSession = session == null ? null : proxy(HttpSession.class, (name, args) -> switch (name) {
                case "getAttribute" -> session.get((String) args[0]);
                case "removeAttribute" -> session.remove((String) args[0]);
                case "invalidate" -> {
                    session.clear();
                    yield sent.put("invalidated", true);
                }
                default -> throw new UnsupportedOperationException(name);
            });
            HttpServletRequest request = proxy(HttpServletRequest.class, (name, args) -> switch (name) {
                case "getRequestURI" -> path;
                case "getServletPath" -> servletPath;
                case "getPathInfo" -> null;
                case "getContextPath" -> "";
                case "getMethod" -> "GET";
                case "getQueryString" -> query;
                case "getSession" -> sent.containsKey("invalidated") ? null : httpSession;
                case "getHeader" -> headers.get((String) args[0]);
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                default -> throw new UnsupportedOperationException(name);
            });
            HttpServletResponse response = proxy(HttpServletResponse.class, (name, args) -> switch (name) {
                case "sendRedirect" -> sent.put("redirect", args[0]);
                case "sendError" -> sent.put("error", args[0]);
                case "setHeader" -> sent.put((String) args[0], args[1]);
                default -> throw new UnsupportedOperationException(name);
            });
            filter.doFilter(request, response, (passed, answer) -> passedOn = (HttpServletRequest) passed);
        }
    }

    private interface Answer {
        Object apply(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(StaffSignInFilterTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.apply(method.getName(), args)));
    }
}
