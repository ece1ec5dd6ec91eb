package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govportal.security.Role;

/**
 * What every answer tells the browser (policy headers, cookies) and what the portal accepts from
 * it (methods, forms from its own pages only, a sign-in that proves itself every time), as a
 * scanner or a crafted request would try it.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class BrowserPolicyIT {

    private static final String SEED = "/bai-viet/tang-cuong-tuyen-truyen-cong-tac-cai-cach-hanh-chinh-tren-dia-ban-tinh";

    @ArquillianResource
    private URL base;

    private static void assertStrictPolicy(Http.RawResponse response, String what) {
        String csp = String.join(" ", response.header("content-security-policy"));
        assertThat(response.header("content-security-policy")).as(what).hasSize(1);
        assertThat(csp).as(what).contains("frame-ancestors 'none'").contains("object-src 'none'").contains("report-uri ")
                .contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.header("x-content-type-options")).as(what).containsExactly("nosniff");
        assertThat(response.header("referrer-policy")).as(what).containsExactly("strict-origin-when-cross-origin");
        assertThat(response.header("permissions-policy")).as(what).singleElement().asString().contains("camera=()");
        assertThat(response.header("x-frame-options")).as(what).containsExactly("DENY");
        assertThat(response.header("strict-transport-security")).as(what + ": plain HTTP gets no HSTS").isEmpty();
    }

    @Test
    void everyPublicPageTypeCarriesTheStrictPolicy() throws Exception {
        String notice = TestDatabase.strings("SELECT slug FROM notice WHERE status = 'PUBLISHED' AND published_at < ?",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)).get(0);
        String badgeId = TestDatabase.strings("SELECT trust_badge_image_id FROM site_settings").get(0);
        String badge = "/tep/" + badgeId + "/" + TestDatabase.strings("SELECT file_name FROM media_file WHERE id = ?", Long.parseLong(badgeId)).get(0);
        // Each page twice: rendered, then sent from the cache.
        for (String path : List.of("/", "/", "/chuyen-muc/tin-hoat-dong", "/chuyen-muc/tin-hoat-dong", SEED, SEED, "/thong-bao", "/thong-bao/" + notice,
                "/bai-viet/khong-ton-tai", badge)) {
            Http.RawResponse response = Http.raw(base, path);
            assertThat(response.statusCode()).as(path).isIn(200, 404);
            assertStrictPolicy(response, path);
        }
    }

    @Test
    void consolePagesCarryANonceForTheirScriptsAndAreNeverCached() throws Exception {
        TestStaff staff = TestStaff.create(Role.EDITOR);
        StaffHttp session = new StaffHttp(base);
        assertThat(session.signIn(staff.username(), staff.password()).statusCode()).isEqualTo(302);
        for (String path : List.of("/admin/", "/admin/articles/", "/admin/articles/edit.xhtml?id=1", "/admin/notices/", "/login.xhtml")) {
            HttpResponse<String> page = session.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            String csp = String.join(" ", page.headers().allValues("Content-Security-Policy"));
            assertThat(csp).as(path).contains("frame-ancestors 'none'").contains("'nonce-").doesNotContain("unsafe-eval");
            assertThat(csp.substring(csp.indexOf("script-src"))).as(path).doesNotContain("unsafe-inline");
            assertThat(page.headers().allValues("Cache-Control")).as(path).contains("no-store");
            // Every script on the page carries the nonce or comes from the portal itself.
            String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
            String[] scripts = page.body().split("<script");
            assertThat(scripts.length - 1).as(path).isPositive();
            for (int i = 1; i < scripts.length; i++) {
                String tag = scripts[i].substring(0, scripts[i].indexOf('>'));
                assertThat(tag).as(path + ": <script" + tag).contains("nonce=\"" + nonce + "\"");
            }
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureBehindATlsProxy() throws Exception {
        TestStaff staff = TestStaff.create(Role.AUTHOR);
        StaffHttp plain = new StaffHttp(base);
        HttpResponse<String> signedIn = plain.signIn(staff.username(), staff.password());
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");

        // The test server trusts 127.0.0.1 as its reverse proxy (arquillian.xml): TLS ended there.
        Http.RawResponse overTls = Http.raw(base, "127.0.0.1", "GET", "/login.xhtml", "X-Forwarded-Proto: https\r\n", "");
        assertThat(overTls.header("strict-transport-security")).singleElement().asString().startsWith("max-age=");
        Map<String, String> form = StaffHttp.hiddenFields(overTls.body());
        form.put("login:username", staff.username());
        form.put("login:password", staff.password());
        form.put("login:submit", "Đăng nhập");
        Http.RawResponse login = Http.raw(base, "127.0.0.1", "POST", "/login.xhtml", "X-Forwarded-Proto: https\r\n"
                + "Origin: https://127.0.0.1:" + base.getPort() + "\r\nContent-Type: application/x-www-form-urlencoded\r\n", encode(form));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("set-cookie")).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().asString()
                .containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "OPTIONS"})
    void onlyGetHeadAndPostAreAnswered(String method) throws Exception {
        for (String path : List.of("/login.xhtml", "/", SEED, "/csp-report")) {
            Http.RawResponse response = Http.raw(base, "127.0.0.1", method, path, "", "");
            assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
            assertThat(response.header("allow")).as(method + " " + path).containsExactly("GET, HEAD, POST");
        }
        TestStaff staff = TestStaff.create(Role.EDITOR);
        StaffHttp session = new StaffHttp(base);
        session.signIn(staff.username(), staff.password());
        assertThat(session.send(method, "/admin/").statusCode()).as(method + " /admin/ when signed in").isEqualTo(405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PATCH", "PROPFIND", "TRACE"})
    void methodsNobodyServesAreRefused(String method) {
        Http.RawResponse response = Http.raw(base, "127.0.0.1", method, "/login.xhtml", "", "");
        assertThat(response.statusCode()).as(method).isBetween(400, 499);
    }

    @Test
    void aSignInFormSentFromAnotherSiteIsRefused() throws Exception {
        TestStaff staff = TestStaff.create(Role.ADMIN);
        StaffHttp victim = new StaffHttp(base);
        HttpResponse<String> answer = victim.signIn(staff.username(), staff.password(), "https://evil.example");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(victim.isSignedIn()).isFalse();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE actor = ?", staff.username())).isZero();
    }

    @Test
    void aConsoleFormSentFromAnotherSiteIsRefused() throws Exception {
        TestStaff staff = TestStaff.create(Role.EDITOR);
        StaffHttp session = new StaffHttp(base);
        session.signIn(staff.username(), staff.password());
        Map<String, String> form = StaffHttp.hiddenFields(session.get("/admin/articles/edit.xhtml").body());
        form.put("article:title", "Bài do trang khác gửi " + UUID.randomUUID());
        form.put("article:save", "Lưu");
        HttpResponse<String> answer = session.post("/admin/articles/edit.xhtml", form, "https://evil.example");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM article WHERE title = ?", form.get("article:title"))).isZero();
    }

    @Test
    void aWrongPasswordFromASignedInSessionFailsIsAuditedAndThrottled() throws Exception {
        TestStaff staff = TestStaff.create(Role.EDITOR);
        StaffHttp session = new StaffHttp(base);
        session.signIn(staff.username(), staff.password());
        assertThat(session.isSignedIn()).isTrue();

        HttpResponse<String> wrong = session.signIn(staff.username(), "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(session.isSignedIn()).as("a failed sign-in leaves nobody signed in").isFalse();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN_FAILED'",
                staff.username())).isEqualTo(1);

        // Four more failures: with the one from inside the session, five, after which even the right password waits.
        for (int i = 0; i < 4; i++) {
            session.signIn(staff.username(), "still-not-it-" + i);
        }
        assertThat(session.signIn(staff.username(), staff.password()).body()).contains("Đăng nhập sai quá nhiều lần");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN_THROTTLED'",
                staff.username())).isPositive();
    }

    @Test
    void aForgedOrExpiredViewStateIsABadRequest() throws Exception {
        TestStaff staff = TestStaff.create(Role.EDITOR);
        StaffHttp session = new StaffHttp(base);
        session.signIn(staff.username(), staff.password());
        Map<String, String> form = StaffHttp.hiddenFields(session.get("/admin/articles/edit.xhtml").body());
        for (String state : List.of("-4121234:1234567890", "forged")) {
            form.put("jakarta.faces.ViewState", state);
            form.put("article:save", "Lưu");
            HttpResponse<String> answer = session.post("/admin/articles/edit.xhtml", form, StaffHttp.originOf(session.root()));
            assertThat(answer.statusCode()).as("view state \"%s\"", state).isBetween(400, 499);
            assertThat(answer.body()).as("view state \"%s\"", state).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aProxyHeaderIsBelievedOnlyFromTheTrustedProxy() throws Exception {
        String username = "proxy-check-" + UUID.randomUUID().toString().substring(0, 8);
        String form = encode(Map.of("login", "login", "jakarta.faces.ViewState", "stateless", "login:username", username,
                "login:password", "wrong-password", "login:submit", "Đăng nhập"));
        String headers = "X-Forwarded-For: 198.51.100.23\r\nContent-Type: application/x-www-form-urlencoded\r\n";
        Http.raw(base, "127.0.0.1", "POST", "/login.xhtml", headers, form);
        Http.raw(base, "127.0.0.2", "POST", "/login.xhtml", headers, form);
        assertThat(TestDatabase.strings("SELECT address FROM audit_event WHERE actor = ? ORDER BY id", username))
                .containsExactly("198.51.100.23", "127.0.0.2");
    }

    @Test
    void malformedAddressesAreBadRequestsAndLeaveNoStackTrace() throws Exception {
        String marker = "marker-" + UUID.randomUUID();
        String log = ServerOutput.during(() -> {
            for (String path : List.of("/bai-viet/%ZZ", "/%u0", "/abc%", "/thong-bao/%E1%BA%ZZ")) {
                Http.RawResponse response = Http.raw(base, path);
                assertThat(response.statusCode()).as(path).isEqualTo(400);
                assertThat(response.body()).as(path).doesNotContain("Exception");
            }
            // Something the server does log, so this test sees the log at all.
            Http.raw(base, "127.0.0.1", "POST", "/csp-report", "Content-Type: application/csp-report\r\n",
                    "{\"csp-report\":{\"document-uri\":\"" + marker + "\",\"violated-directive\":\"script-src\",\"blocked-uri\":\"inline\"}}");
        });
        assertThat(log).contains(marker);
        assertThat(log).doesNotContain("URLDecoder").doesNotContain("AS-WEB-CORE-00037").doesNotContain("\tat ");
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last: it spends the minute's log lines for reports
    void aFloodOfViolationReportsIsAnsweredAndCapped() throws Exception {
        String log = ServerOutput.during(() -> {
            for (int i = 0; i < 200; i++) {
                Http.RawResponse response = Http.raw(base, "127.0.0.1", "POST", "/csp-report",
                        "Content-Type: application/csp-report\r\n", "{\"csp-report\":{\"document-uri\":\"flood-" + i + "\"}}");
                assertThat(response.statusCode()).isEqualTo(204);
            }
        });
        assertThat(log.lines().filter(l -> l.contains("flood-")).count()).isLessThanOrEqualTo(20);
    }

    private static String encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return body.toString();
    }
}
