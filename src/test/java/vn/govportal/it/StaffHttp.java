package vn.govportal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less client with cookies, for HTTP-level checks of what staff pages answer: it signs
 * in with the sign-in form as a browser would send it (from the portal's own origin, unless told
 * otherwise), and follows no redirects.
 */
final class StaffHttp {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final URL base;
    private final String clientAddress;
    private final CookieManager cookies;
    private final HttpClient client;

    /**
     * A client with an address of its own (the test server trusts loopback as its proxy): its
     * failed sign-ins are throttled for it alone, not for every test on loopback.
     */
    StaffHttp(URL base) {
        this(base, "198.51.100." + (1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(250)), new CookieManager());
    }

    private StaffHttp(URL base, String clientAddress, CookieManager cookies) {
        this.base = base;
        this.clientAddress = clientAddress;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The same browser (address and cookies) talking to another instance of the portal. */
    StaffHttp at(URL otherBase) {
        return new StaffHttp(otherBase, clientAddress, cookies);
    }

    String root() {
        return Http.root(base);
    }

    /** Signs in; returns the answer to the form (a redirect into the console on success). */
    HttpResponse<String> signIn(String username, String password) {
        return signIn(username, password, originOf(root()));
    }

    /** Signs in with the form sent from {@code origin} (null: say nothing of where it comes from). */
    HttpResponse<String> signIn(String username, String password, String origin) {
        Map<String, String> form = hiddenFields(get("/login.xhtml").body());
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "Đăng nhập");
        return post("/login.xhtml", form, origin);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(root() + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String origin) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    /** A request with any method and no body. */
    HttpResponse<String> send(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(root() + path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Whether this client is signed in: the console answers instead of sending it to the sign-in page. */
    boolean isSignedIn() {
        return get("/admin/").statusCode() == 200;
    }

    /** The hidden fields of the first form of a page (view state, form id, the page to continue to). */
    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(html);
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        return fields;
    }

    static String originOf(String root) {
        URI uri = URI.create(root);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).header("User-Agent", "govportal-it")
                            .header("X-Forwarded-For", clientAddress).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends an empty form from the portal's own origin and takes the answer as bytes (a download). */
    HttpResponse<byte[]> postForFile(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root() + path)).timeout(Duration.ofSeconds(120))
                .header("Origin", originOf(root())).header("X-Forwarded-For", clientAddress)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The file a stored-file address serves, as this client gets it: status, headers and bytes. */
    HttpResponse<byte[]> file(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path)).GET().timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
