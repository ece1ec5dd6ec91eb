import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/**
 * Publishes N changes on instance A (the seed article's title, saved in the console) and measures
 * how long each takes to show on instance B's public page, which keeps it cached meanwhile.
 * Usage: java -cp jsoup.jar bench/ClusterPublish.java A_URL B_URL PASSWORD ARTICLE_ID SLUG N
 */
public class ClusterPublish {

    static final HttpClient CLIENT = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String a = args[0], b = args[1], password = args[2], id = args[3], slug = args[4];
        int n = Integer.parseInt(args[5]);
        Map<String, String> login = formOf(get(a + "/login.xhtml").body(), "login");
        login.put("login:username", "admin");
        login.put("login:password", password);
        login.put("login:submit", "Đăng nhập");
        if (post(a + "/login.xhtml", login, a).statusCode() != 302) {
            throw new IllegalStateException("could not sign in on " + a);
        }
        String page = b + "/bai-viet/" + slug;
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String title = "Tăng cường tuyên truyền cải cách hành chính — lần " + i + " " + System.nanoTime();
            get(page);
            get(page); // B holds the old page now
            Map<String, String> form = formOf(get(a + "/admin/articles/edit.xhtml?id=" + id).body(), "article");
            form.put("article:title", title);
            form.put("article:save", "Lưu");
            post(a + "/admin/articles/edit.xhtml?id=" + id, form, a);
            long saved = System.nanoTime();
            long deadline = saved + Duration.ofSeconds(30).toNanos();
            while (!get(page).body().contains(title)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("change " + i + " not on B after 30 s");
                }
            }
            micros.add((System.nanoTime() - saved) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("publishes: %d; visible on the other instance after (ms): p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", n,
                at(micros, 0.50), at(micros, 0.95), at(micros, 0.99), micros.get(n - 1) / 1000.0);
    }

    static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1000.0;
    }

    static Map<String, String> formOf(String html, String id) {
        Document doc = Jsoup.parse(html);
        FormElement form = (FormElement) doc.getElementById(id);
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(f -> fields.putIfAbsent(f.key(), f.value()));
        var script = doc.selectFirst("script[nonce]");
        if (script != null) {
            fields.put("primefaces.nonce", script.attr("nonce"));
        }
        return fields;
    }

    static HttpResponse<String> get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, Map<String, String> form, String origin) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
