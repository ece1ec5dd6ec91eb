package vn.govportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffAuthModuleTest {

    private final AtomicInteger storeCalls = new AtomicInteger();
    private final List<Callback> told = new ArrayList<>();
    private final Map<String, Object> sent = new HashMap<>();
    private StaffAuthModule module;

    @BeforeEach
    void setUp() {
        module = new StaffAuthModule(this::check);
        module.initialize(null, null, callbacks -> told.addAll(List.of(callbacks)), Map.of());
    }

    /** The identity store: "bien.tap" with "Mat-khau-2026" is an editor; anything else is refused. */
    private CredentialValidationResult check(Credential credential) {
        storeCalls.incrementAndGet();
        return credential instanceof UsernamePasswordCredential login && login.getCaller().equals("bien.tap")
                && login.getPasswordAsString().equals("Mat-khau-2026")
                ? new CredentialValidationResult("bien.tap", Role.EDITOR.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }

    @Test
    void aVisitorsRequestSignsNobodyInAndAsksNothing() throws Exception {
        Exchange visit = new Exchange("/bai-viet/tang-cuong-cai-cach", false, null);

        assertThat(module.validateRequest(visit.message(), new Subject(), null)).isEqualTo(AuthStatus.SUCCESS);
        assertThat(told).isEmpty();
        assertThat(storeCalls).hasValue(0);
        assertThat(sent).isEmpty();
    }

    @Test
    void aSignedInSessionSignsEachRequestInWithItsRoles() throws Exception {
        Map<String, Object> session = new HashMap<>(Map.of(StaffSessions.USERNAME, "bien.tap", StaffSessions.ROLE, Role.EDITOR));
        Exchange page = new Exchange("/admin/articles/", true, session);

        assertThat(module.validateRequest(page.message(), new Subject(), null)).isEqualTo(AuthStatus.SUCCESS);
        assertThat(told).hasSize(2);
        assertThat(((CallerPrincipalCallback) told.get(0)).getName()).isEqualTo("bien.tap");
        assertThat(Set.of(((GroupPrincipalCallback) told.get(1)).getGroups())).isEqualTo(Role.EDITOR.groups());
        assertThat(storeCalls).hasValue(0);
    }

    @Test
    void anAdminPageWithoutASignedInMemberGoesToTheSignInPageAndComesBack() throws Exception {
        Exchange page = new Exchange("/admin/articles/edit.xhtml", true, null);
        page.query = "id=7";

        assertThat(module.validateRequest(page.message(), new Subject(), null)).isEqualTo(AuthStatus.SEND_CONTINUE);
        assertThat(sent.get("redirect")).isEqualTo("/login.xhtml?tiep=%2Fadmin%2Farticles%2Fedit.xhtml%3Fid%3D7");
        assertThat(told).isEmpty();
    }

    @Test
    void aDraftsPreviewIsNotFoundForSomeoneNotSignedIn() throws Exception {
        Exchange preview = new Exchange("/admin/xem-truoc/bai-viet/12", true, null);

        assertThat(module.validateRequest(preview.message(), new Subject(), null)).isEqualTo(AuthStatus.SEND_FAILURE);
        assertThat(sent.get("error")).isEqualTo(404);
    }

    @Test
    void theSignInFormsCredentialIsCheckedByTheIdentityStore() throws Exception {
        Exchange right = new Exchange("/login.xhtml", true, null);
        right.attributes.put("govportal.signInCredential", new UsernamePasswordCredential("bien.tap", "Mat-khau-2026"));
        assertThat(module.validateRequest(right.message(), new Subject(), null)).isEqualTo(AuthStatus.SUCCESS);
        assertThat(((CallerPrincipalCallback) told.get(0)).getName()).isEqualTo("bien.tap");

        told.clear();
        Exchange wrong = new Exchange("/login.xhtml", true, null);
        wrong.attributes.put("govportal.signInCredential", new UsernamePasswordCredential("bien.tap", "doan-bua"));
        assertThat(module.validateRequest(wrong.message(), new Subject(), null)).isEqualTo(AuthStatus.SEND_FAILURE);
        assertThat(told).isEmpty();
        assertThat(storeCalls).hasValue(2);
    }

    @Test
    void httpBasicSignsInOnlyForTheBackupDownload() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("bien.tap:Mat-khau-2026".getBytes(StandardCharsets.UTF_8));
        Exchange backup = new Exchange(StaffAuthModule.BASIC_PATH, true, null);
        backup.headers.put("Authorization", basic);
        assertThat(module.validateRequest(backup.message(), new Subject(), null)).isEqualTo(AuthStatus.SUCCESS);
        assertThat(backup.attributes).containsEntry(StaffAuthModule.BASIC, Boolean.TRUE);

        told.clear();
        Exchange elsewhere = new Exchange("/admin/articles/", true, null);
        elsewhere.headers.put("Authorization", basic);
        assertThat(module.validateRequest(elsewhere.message(), new Subject(), null)).isEqualTo(AuthStatus.SEND_CONTINUE);
        assertThat(told).isEmpty();
        assertThat(storeCalls).hasValue(1);
    }

    @Test
    void aWrongBasicPasswordIsAskedForAgain() throws Exception {
        Exchange backup = new Exchange(StaffAuthModule.BASIC_PATH, true, null);
        backup.headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString("bien.tap:x".getBytes(StandardCharsets.UTF_8)));

        assertThat(module.validateRequest(backup.message(), new Subject(), null)).isEqualTo(AuthStatus.SEND_FAILURE);
        assertThat(sent.get("error")).isEqualTo(401);
        assertThat((String) sent.get("WWW-Authenticate")).startsWith("Basic realm=\"govportal\"");
    }

    /** One request and its response as the container hands them to the module. */
    private final class Exchange {
        final String path;
        final boolean mandatory;
        final Map<String, Object> session;
        final Map<String, Object> attributes = new HashMap<>();
        final Map<String, String> headers = new HashMap<>();
        String query;

        Exchange(String path, boolean mandatory, Map<String, Object> session) {
            this.path = path;
            this.mandatory = mandatory;
            this.session = session;
        }

        MessageInfo message() {
            HttpSession httpSession = session == null ? null : proxy(HttpSession.class, (name, args) -> switch (name) {
                case "getAttribute" -> session.get((String) args[0]);
                default -> throw new UnsupportedOperationException(name);
            });
            HttpServletRequest request = proxy(HttpServletRequest.class, (name, args) -> switch (name) {
                case "getRequestURI" -> path;
                case "getContextPath" -> "";
                case "getQueryString" -> query;
                case "getSession" -> httpSession;
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
            Map<String, Object> map = new HashMap<>();
            if (mandatory) {
                map.put("jakarta.security.auth.message.MessagePolicy.isMandatory", "true");
            }
            return new MessageInfo() {
                @Override
                public Object getRequestMessage() {
                    return request;
                }

                @Override
                public Object getResponseMessage() {
                    return response;
                }

                @Override
                public void setRequestMessage(Object message) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void setResponseMessage(Object message) {
                    throw new UnsupportedOperationException();
                }

                @Override
                @SuppressWarnings("rawtypes")
                public Map getMap() {
                    return map;
                }
            };
        }
    }

    private interface Answer {
        Object apply(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(StaffAuthModuleTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.apply(method.getName(), args)));
    }
}
