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
        return send(request);
    }

    /** An empty POST with a given User-Agent, as a page's own script sends one. */
    public static HttpResponse<String> post(URL base, String path, String userAgent) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root(base) + path))
                .timeout(Duration.ofSeconds(30))
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest request) {
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

    /** An answer read off the wire: status, headers by lower-case name, and the body as text. */
    public record RawResponse(int statusCode, java.util.Map<String, java.util.List<String>> headers, String body) {

        public java.util.List<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), java.util.List.of());
        }
    }

    /**
     * GET with the path sent exactly as written, for addresses a URI class refuses or rewrites
     * (malformed escapes such as {@code %ZZ}, dot segments, path parameters), as a browser or a
     * script may still send them.
     */
    public static RawResponse raw(URL base, String path) {
        return raw(base, "127.0.0.1", "GET", path, "", "");
    }

    /**
     * A request written by hand: any method, extra header lines ({@code "Name: value\r\n"} each)
     * and body, sent from a chosen local address (e.g. 127.0.0.2, which no test configuration trusts
     * as a proxy).
     */
    public static RawResponse raw(URL base, String from, String method, String path, String extraHeaders, String requestBody) {
        String target = contextPath(base) + path;
        byte[] content = requestBody.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort(), java.net.InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort()
                    + "\r\nUser-Agent: govportal-it\r\nConnection: close\r\n" + extraHeaders
                    + (content.length > 0 || method.equals("POST") ? "Content-Length: " + content.length + "\r\n" : "")
                    + "\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, java.nio.charset.StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            java.util.Map<String, java.util.List<String>> headers = new java.util.HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.computeIfAbsent(head[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        k -> new java.util.ArrayList<>()).add(head[i].substring(colon + 1).trim());
            }
            byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            if (headers.getOrDefault("transfer-encoding", java.util.List.of()).contains("chunked")) {
                body = unchunk(body);
            }
            return new RawResponse(Integer.parseInt(head[0].split(" ")[1]), headers,
                    new String(body, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeText = new String(chunked, at, lineEnd - at, java.nio.charset.StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }
}
