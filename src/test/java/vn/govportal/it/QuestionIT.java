package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public question form, as a browser and as a robot or an attacker send it: a question is
 * kept and answered with a reference; spam (a filled trap field, a form sent at once, too many
 * from one address), forged and replayed posts are refused; every refusal shows the form again
 * with what was typed; contact details never reach a public page and are erased after retention.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"ma-bieu-mau\" value=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    private URL base;

    /** Each test's visitor has an address of its own (the test server trusts loopback as its proxy). */
    private final String address = "203.0.113." + (1 + ThreadLocalRandom.current().nextInt(250));

    private String token() throws InterruptedException {
        Matcher m = TOKEN.matcher(Http.get(base, "/hoi-dap").body());
        assertThat(m.find()).as("the form carries a token").isTrue();
        Thread.sleep(1200); // the test server's minimum time to fill the form is one second
        return m.group(1);
    }

    private Map<String, String> question(String token, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ma-bieu-mau", token);
        form.put("ngon-ngu", "vi");
        form.put("ho-ten", "Nguyễn Văn Kiểm");
        form.put("email", email);
        form.put("dien-thoai", "0251 3822 410");
        form.put("dia-chi", "Số 2 Nguyễn Văn Trị, Biên Hòa");
        form.put("chu-de", "lanh-su");
        form.put("tieu-de", "Hỏi về thủ tục hợp pháp hóa lãnh sự");
        form.put("noi-dung", "Xin hỏi thủ tục hợp pháp hóa lãnh sự giấy tờ do nước ngoài cấp? " + UUID.randomUUID());
        form.put("dong-y", "1");
        form.put("website", "");
        return form;
    }

    private HttpResponse<String> post(Map<String, String> form, String origin) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.root(base) + "/hoi-dap-gui"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(Map<String, String> form) {
        return post(form, StaffHttp.originOf(Http.root(base)));
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    @Test
    void aQuestionIsKeptAndItsReferenceShownAndNoCookieIsSet() throws Exception {
        String email = unique("nguoi.hoi");
        HttpResponse<String> sent = post(question(token(), email));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Set-Cookie")).isEmpty();
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/hoi-dap/da-gui?ma=HD-");
        String reference = location.substring(location.indexOf("ma=") + 3);
        assertThat(TestDatabase.strings("SELECT asker_email FROM question WHERE reference = ?", reference)).containsExactly(email);

        HttpResponse<String> confirmation = Http.get(base, location.substring(Http.contextPath(base).length()));
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains(reference).doesNotContain(email);
        assertThat(confirmation.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(Http.get(base, "/hoi-dap/da-gui?ma=HD-0000-XXXXXX").statusCode()).isEqualTo(404);
    }

    @Test
    void theTrapFieldFilledOrAFormSentAtOnceIsRefusedAndNothingIsKept() throws Exception {
        String email = unique("robot");
        Map<String, String> trapped = question(token(), email);
        trapped.put("website", "http://spam.example");
        HttpResponse<String> refused = post(trapped);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("điền tự động");

        Matcher m = TOKEN.matcher(Http.get(base, "/hoi-dap").body());
        assertThat(m.find()).isTrue();
        HttpResponse<String> hasty = post(question(m.group(1), email)); // no time to read, let alone type
        assertThat(hasty.statusCode()).isEqualTo(400);
        assertThat(hasty.body()).contains("quá nhanh");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM question WHERE asker_email = ?", email)).isZero();
    }

    @Test
    void aForgedOrReplayedPostIsRefused() throws Exception {
        String email = unique("gia.mao");
        Map<String, String> forged = question("1700000000000.bm90LWEtc2lnbmF0dXJl", email);
        assertThat(post(forged).body()).contains("hết hạn hoặc không hợp lệ");
        Map<String, String> noToken = question("", email);
        assertThat(post(noToken).statusCode()).isEqualTo(400);
        // From another site's page: refused before it reaches the form's handler.
        assertThat(post(question(token(), email), "https://attacker.example").statusCode()).isEqualTo(403);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM question WHERE asker_email = ?", email)).isZero();

        Map<String, String> once = question(token(), email);
        assertThat(post(once).statusCode()).isEqualTo(303);
        HttpResponse<String> replayed = post(once);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("đã được gửi và tiếp nhận");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM question WHERE asker_email = ?", email)).isEqualTo(1);
    }

    @Test
    void moreQuestionsThanTheLimitFromOneAddressAreRefusedWithTheTextKept() throws Exception {
        String email = unique("nhieu.cau");
        for (int i = 0; i < 3; i++) {
            assertThat(post(question(token(), email)).statusCode()).as("question " + (i + 1)).isEqualTo(303);
        }
        Map<String, String> fourth = question(token(), email);
        HttpResponse<String> refused = post(fourth);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("sau 10 phút").contains(fourth.get("noi-dung"));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM question WHERE asker_email = ?", email)).isEqualTo(3);
    }

    @Test
    void badFieldsAreSaidBesideThemAndEverythingTypedStaysEscaped() throws Exception {
        String script = "<script>alert('x')</script>";
        Map<String, String> form = question(token(), "not an address" + script);
        form.put("ho-ten", script);
        form.put("dien-thoai", script);
        form.put("dia-chi", script);
        form.put("chu-de", script);
        form.put("tieu-de", script);
        form.put("noi-dung", "x".repeat(1_000_000));
        form.remove("dong-y");
        HttpResponse<String> refused = post(form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(refused.body()).doesNotContain(script).contains("&lt;script&gt;alert(")
                .contains("id=\"email-problem\"").contains("id=\"dien-thoai-problem\"").contains("id=\"chu-de-problem\"")
                .contains("id=\"noi-dung-problem\"").contains("id=\"dong-y-problem\"").contains("5.000 ký tự");
        assertThat(refused.body()).contains("x".repeat(5_000)); // the long text comes back to be shortened, not lost
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM question WHERE asker_name = ?", script)).isZero();
    }

    @Test
    void contactDetailsNeverReachAPublicPageOrFeed() throws Exception {
        String email = unique("rieng.tu");
        HttpResponse<String> sent = post(question(token(), email));
        String reference = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*ma=", "");
        String slug = "kiem-thu-" + UUID.randomUUID().toString().substring(0, 8);
        TestDatabase.update("UPDATE question SET answer = '<p>Trả lời kiểm thử.</p>', status = 'PUBLISHED', slug = ?,"
                + " published_at = ?, answered_at = ? WHERE reference = ?", slug, Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()), reference);
        Thread.sleep(1500); // past the test server's page cache (govportal.cache.seconds=1)

        for (String path : new String[] {"/hoi-dap", "/hoi-dap/" + slug, "/hoi-dap?chu-de=lanh-su", "/en/questions", "/rss", "/en/rss",
                "/sitemap.xml?phan=1", "/tim-kiem?q=hop+phap+hoa+lanh+su"}) {
            HttpResponse<String> page = Http.get(base, path);
            assertThat(page.body()).as(path).doesNotContain(email).doesNotContain("3822 410").doesNotContain("Nguyễn Văn Trị");
        }
        assertThat(Http.get(base, "/hoi-dap/" + slug).body()).contains("Trả lời kiểm thử.").contains("Nguyễn Văn Kiểm");
    }

    @Test
    void contactDetailsPastTheirRetentionAreErasedAndTheAnswerStays() throws Exception {
        String reference = "HD-1999-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(400)));
        TestDatabase.update("INSERT INTO question (reference, asker_name, asker_email, asker_phone, asker_address, title, question_text,"
                + " answer, status, asked_at, updated_at, version) VALUES (?, 'Người hỏi cũ', 'cu@example.vn', '0909000000', 'Biên Hòa',"
                + " 'Câu hỏi cũ', 'Nội dung cũ', '<p>Trả lời.</p>', 'DRAFT', ?, ?, 0)", reference, longAgo, longAgo);
        String recent = "HD-1999-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Timestamp now = Timestamp.from(Instant.now());
        TestDatabase.update("INSERT INTO question (reference, asker_name, asker_email, title, question_text, status, asked_at, updated_at,"
                + " version) VALUES (?, 'Người hỏi mới', 'moi@example.vn', 'Câu hỏi mới', 'Nội dung mới', 'DRAFT', ?, ?, 0)", recent, now, now);

        long deadline = System.currentTimeMillis() + 20_000;
        while (TestDatabase.count("SELECT COUNT(*) FROM question WHERE reference = ? AND asker_email IS NULL", reference) == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertThat(TestDatabase.strings("SELECT CONCAT(COALESCE(asker_email, '-'), '|', COALESCE(asker_phone, '-'), '|',"
                + " COALESCE(asker_address, '-'), '|', asker_name, '|', answer) FROM question WHERE reference = ?", reference))
                .containsExactly("-|-|-|Người hỏi cũ|<p>Trả lời.</p>");
        assertThat(TestDatabase.strings("SELECT asker_email FROM question WHERE reference = ?", recent)).containsExactly("moi@example.vn");
    }
}
