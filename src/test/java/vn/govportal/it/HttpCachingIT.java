package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a browser and a cache in front of the portal (a CDN, a reverse proxy) are told: public
 * pages may be kept briefly by shared caches and revalidated by their entity tag; they are
 * gzipped for clients that take it; versioned style sheets and scripts are kept for a year.
 */
@ExtendWith(ArquillianExtension.class)
class HttpCachingIT {

    private static final String SEED = "/bai-viet/tang-cuong-tuyen-truyen-cong-tac-cai-cach-hanh-chinh-tren-dia-ban-tinh";
    private static final List<String> PUBLIC_PAGES = List.of("/", "/en/", SEED, "/thong-bao", "/tim-kiem?q=cai+cach", "/rss");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    private URL base;

    @Test
    void aBrowserThatHoldsTheCurrentPageIsToldSoWithoutTheBody() {
        for (String path : PUBLIC_PAGES) {
            HttpResponse<byte[]> first = get(path, "");
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));

            HttpResponse<byte[]> again = get(path, "If-None-Match", tag);
            assertThat(again.statusCode()).as(path + " revalidated").isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(again.headers().firstValue("ETag")).as(path).hasValue(tag);

            HttpResponse<byte[]> stale = get(path, "If-None-Match", "\"an-older-copy\"");
            assertThat(stale.statusCode()).as(path + " with another tag").isEqualTo(200);
            assertThat(stale.body()).as(path).isEqualTo(first.body());
        }
    }

    @Test
    void aPageSentFromTheCacheCarriesEveryHeaderItHadWhenItWasRendered() {
        // A search no one made yet: the first answer is rendered, the next ones are sent from the cache.
        String path = "/tim-kiem?q=cai+cach+" + Long.toString(System.nanoTime(), 36);
        for (String encoding : List.of("identity", "gzip")) {
            HttpResponse<byte[]> rendered = get(path, "Accept-Encoding", encoding);
            HttpResponse<byte[]> cached = get(path, "Accept-Encoding", encoding);
            assertThat(rendered.statusCode()).as(encoding).isEqualTo(200);
            assertThat(cached.statusCode()).as(encoding).isEqualTo(200);
            assertThat(cached.body()).as(encoding).isEqualTo(rendered.body());
            java.util.Map<String, List<String>> renderedHeaders = new java.util.TreeMap<>(rendered.headers().map());
            java.util.Map<String, List<String>> cachedHeaders = new java.util.TreeMap<>(cached.headers().map());
            // The time of day, and the time the search took when it ran (a copy from the cache ran none).
            for (String perAnswer : List.of("date", "server-timing")) {
                renderedHeaders.remove(perAnswer);
                cachedHeaders.remove(perAnswer);
            }
            assertThat(cachedHeaders).as(encoding).isEqualTo(renderedHeaders);
            assertThat(cachedHeaders).as(encoding).containsKeys("content-security-policy", "x-frame-options", "etag", "cache-control");
        }
    }

    @Test
    void pagesAreGzippedForClientsThatTakeItAndSentAsTheyAreOtherwise() throws IOException {
        for (String path : PUBLIC_PAGES) {
            HttpResponse<byte[]> plain = get(path, "");
            HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip, deflate, br");
            HttpResponse<byte[]> refused = get(path, "Accept-Encoding", "gzip;q=0, identity");

            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(refused.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            for (HttpResponse<byte[]> answer : List.of(plain, gzipped, refused)) {
                assertThat(answer.headers().allValues("Vary")).as(path).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
            }
            assertThat(gunzip(gzipped.body())).as(path + " gunzipped").isEqualTo(plain.body());
            assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length / 2);
            assertThat(gzipped.headers().firstValue("ETag")).as(path + ": other bytes, another tag")
                    .isNotEqualTo(plain.headers().firstValue("ETag"));
            assertThat(refused.body()).isEqualTo(plain.body());
        }
    }

    @Test
    void publicPagesMayBeKeptByCachesAndNoneGetsACookie() {
        // The test server names pages after each request's host (govportal.site.url unset): a
        // shared cache must then ask each time (SiteRouterTest: the configured policy once it is set).
        for (String path : PUBLIC_PAGES) {
            HttpResponse<byte[]> page = get(path, "Accept-Encoding", "gzip");
            assertThat(page.headers().allValues("Cache-Control")).as(path).containsExactly("no-cache");
            assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void theSitesOwnStyleSheetsAndScriptsAreVersionedByContentAndKeptForAYear() throws IOException {
        String home = new String(get("/", "").body(), StandardCharsets.UTF_8);
        Matcher files = Pattern.compile("(?:href|src)=\"([^\"]*jakarta\\.faces\\.resource/[^\"]*ln=site[^\"]*)\"").matcher(home);
        int seen = 0;
        while (files.find()) {
            String address = files.group(1).replace("&amp;", "&");
            assertThat(address).as("versioned").containsPattern("[?&]v=[0-9a-f]{12}");
            String path = address.substring(Http.contextPath(base).length());
            HttpResponse<byte[]> plain = get(path, "");
            HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip");
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            for (HttpResponse<byte[]> answer : List.of(plain, gzipped)) {
                assertThat(answer.headers().allValues("Cache-Control")).as(path).containsExactly("public, max-age=31536000, immutable");
            }
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(gunzip(gzipped.body())).as(path).isEqualTo(plain.body());
            seen++;
        }
        assertThat(seen).as("style sheet and scripts on the home page").isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAddressOfAnotherVersionOrOfNoFileIsNeverKeptForAYear() {
        String home = new String(get("/", "").body(), StandardCharsets.UTF_8);
        Matcher css = Pattern.compile("href=\"[^\"]*(/jakarta\\.faces\\.resource/site\\.css[^\"]*ln=site[^\"]*)\"").matcher(home);
        assertThat(css.find()).isTrue();
        String current = css.group(1).replace("&amp;", "&");
        String version = current.replaceAll(".*[?&]v=([0-9a-f]+).*", "$1");

        // As an instance still running the previous version answers during an upgrade.
        HttpResponse<byte[]> other = get(current.replace("v=" + version, "v=000000000000"), "");
        HttpResponse<byte[]> missing = get("/jakarta.faces.resource/no-such-file.css.xhtml?ln=site&v=" + version, "");

        assertThat(other.headers().allValues("Cache-Control")).doesNotContain("public, max-age=31536000, immutable");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().allValues("Cache-Control")).doesNotContain("public, max-age=31536000, immutable");
    }

    /**
     * What is rendered for each request, not kept: the sign-in page (as every console page), a page
     * not found. The listener gzips them over HTTP/1.1, what browsers and a proxy in front speak to
     * it; a client that upgrades to HTTP/2 on it gets them as they are, never mislabelled.
     */
    @Test
    void pagesRenderedForEachRequestAreGzippedForClientsThatTakeIt() throws IOException {
        for (String path : List.of("/login.xhtml", "/bai-viet/khong-ton-tai")) {
            HttpResponse<byte[]> plain = get(HTTP_1_1, path, "");
            HttpResponse<byte[]> gzipped = get(HTTP_1_1, path, "Accept-Encoding", "gzip, deflate, br");
            HttpResponse<byte[]> refused = get(HTTP_1_1, path, "Accept-Encoding", "gzip;q=0, identity");

            assertThat(gzipped.statusCode()).as(path).isEqualTo(plain.statusCode());
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(refused.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            for (HttpResponse<byte[]> answer : List.of(plain, gzipped, refused)) {
                assertThat(answer.headers().allValues("Vary")).as(path).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
            }
            assertThat(new String(gunzip(gzipped.body()), StandardCharsets.UTF_8)).as(path + " gunzipped").startsWith("<!DOCTYPE html>");
            assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length / 2);

            HttpResponse<byte[]> upgraded = get(CLIENT, path, "Accept-Encoding", "gzip");
            byte[] body = upgraded.headers().firstValue("Content-Encoding").isPresent() ? gunzip(upgraded.body()) : upgraded.body();
            assertThat(new String(body, StandardCharsets.UTF_8)).as(path + " over HTTP/2").startsWith("<!DOCTYPE html>");
        }
    }

    @Test
    void theSignInPageIsNeverStoredByACache() {
        // The console's own pages, signed in: BrowserPolicyIT.
        HttpResponse<byte[]> signIn = get("/login.xhtml", "Accept-Encoding", "gzip");
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.headers().allValues("Cache-Control")).contains("no-store");
    }

    private HttpResponse<byte[]> get(String path, String header, String... value) {
        return get(CLIENT, path, header, value);
    }

    private HttpResponse<byte[]> get(HttpClient client, String path, String header, String... value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.root(base) + path)).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "govportal-it");
        if (!header.isEmpty()) {
            request.header(header, value[0]);
        }
        try {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
