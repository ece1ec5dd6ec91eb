package vn.govportal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the deployed portal: no cookies, no redirects followed. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(URL base, String path) {
        return get(base, path, "govportal-it");
    }

    /** GET with a given User-Agent: to the visit counter, a different agent is a different visitor. */
    public static HttpResponse<String> get(URL base, String path, String userAgent) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root(base) + path))
                .timeout(Duration.ofSeconds(30))
                .header("User-Agent", userAgent)
                .GET()
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The portal's address on loopback, without a trailing slash. The container reports the
     * machine's own interface address; the tests keep their traffic on 127.0.0.1.
     */
    public static String root(URL base) {
        return "http://127.0.0.1:" + base.getPort() + contextPath(base);
    }

    /** The context path the portal is deployed under, e.g. "/govportal" (or "" at the root). */
    public static String contextPath(URL base) {
        return base.getPath().replaceAll("/$", "");
    }
}
