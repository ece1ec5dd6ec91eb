package vn.govportal.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicPageCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-29T03:00:00Z");

    private final PublicPageCache cache = new PublicPageCache();

    PublicPageCacheTest() {
        cache.keepFor(Duration.ofSeconds(10));
    }

    @Test
    void aPageIsServedAgainUntilItsTimeIsUpThenOneRequestRendersItWhileTheOthersGetTheLastCopy() {
        cache.keep("home", "<p>Trang chủ</p>", "text/html", cache.generation(), T0);
        assertThat(cache.getOrClaim("home", T0.plusSeconds(9))).map(PublicPageCache.Page::html).hasValue("<p>Trang chủ</p>");

        assertThat(cache.getOrClaim("home", T0.plusSeconds(10))).as("the first request after: renders").isEmpty();
        assertThat(cache.getOrClaim("home", T0.plusSeconds(10))).as("the others meanwhile").map(PublicPageCache.Page::html)
                .hasValue("<p>Trang chủ</p>");

        cache.keep("home", "<p>Trang chủ mới</p>", "text/html", cache.generation(), T0.plusSeconds(10));
        assertThat(cache.getOrClaim("home", T0.plusSeconds(11))).map(PublicPageCache.Page::html).hasValue("<p>Trang chủ mới</p>");
    }

    @Test
    void aPageRenderedAgainWithTheSameContentKeepsItsTagThoughEachRenderingHadItsOwnScriptNonce() {
        String first = "<head><script src=\"/site.js\" defer=\"defer\" nonce=\"MGFlNGNjMzYtZThm\"></script></head><p>Bài viết</p>";
        String second = "<head><script src=\"/site.js\" defer=\"defer\" nonce=\"N2YxOWNhZjItNDQ0\"></script></head><p>Bài viết</p>";
        PublicPageCache.Page kept = cache.keep("article", first, "text/html", cache.generation(), T0);
        PublicPageCache.Page again = cache.keep("article", second, "text/html", cache.generation(), T0.plusSeconds(10));

        assertThat(again.etag(false)).isEqualTo(kept.etag(false));
        assertThat(again.matches(kept.etag(true), true)).as("a browser's copy is still current").isTrue();
        assertThat(again.html()).isEqualTo("<head><script src=\"/site.js\" defer=\"defer\"></script></head><p>Bài viết</p>");
    }

    @Test
    void aLookThatRendersNothingLeavesAPagePastItsTimeToBeRenderedByTheNextRequest() {
        cache.keep("home", "<p>Trang chủ</p>", "text/html", cache.generation(), T0);
        assertThat(cache.current("home", T0.plusSeconds(9))).map(PublicPageCache.Page::html).hasValue("<p>Trang chủ</p>");

        assertThat(cache.current("home", T0.plusSeconds(10))).as("past its time").isEmpty();
        assertThat(cache.getOrClaim("home", T0.plusSeconds(10))).as("the router's request still renders it").isEmpty();
        assertThat(cache.current("home", T0.plusSeconds(10))).as("while it is rendered").isEmpty();
    }

    @Test
    void aPageThatCouldNotBeRenderedIsTriedAgainByTheNextRequest() {
        cache.keep("home", "cũ", "text/html", cache.generation(), T0);
        assertThat(cache.getOrClaim("home", T0.plusSeconds(10))).isEmpty();

        cache.abandon("home");

        assertThat(cache.getOrClaim("home", T0.plusSeconds(10))).isEmpty();
    }

    @Test
    void aChangeByStaffEmptiesItAndAPageRenderedMeanwhileIsNotKept() {
        cache.keep("home", "cũ", "text/html", cache.generation(), T0);
        long renderingFrom = cache.generation();

        cache.clear();
        cache.keep("category", "đọc trước khi sửa", "text/html", renderingFrom, T0);

        assertThat(cache.getOrClaim("home", T0)).isEmpty();
        assertThat(cache.getOrClaim("category", T0)).isEmpty();
    }

    @Test
    void itHoldsABoundedNumberOfPages() {
        for (int i = 0; i < PublicPageCache.MAX_PAGES + 50; i++) {
            cache.keep("/bai-viet/" + i, "<p>" + i + "</p>", "text/html", cache.generation(), T0);
        }

        assertThat(cache.getOrClaim("/bai-viet/0", T0)).as("the least recently used went first").isEmpty();
        assertThat(cache.getOrClaim("/bai-viet/" + (PublicPageCache.MAX_PAGES + 49), T0)).isPresent();
    }

    @Test
    void aPageIsKeptAsItsBytesAndGzippedWithAnEntityTagThatFollowsItsContent() throws Exception {
        String html = "<h1>Sở Ngoại vụ tỉnh Đồng Nai</h1>" + "<p>Tăng cường tuyên truyền công tác cải cách hành chính.</p>".repeat(50);
        PublicPageCache.Page page = new PublicPageCache.Page(html, "text/html", T0);

        assertThat(page.bytes()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
        try (var gunzip = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.gzipped()))) {
            assertThat(gunzip.readAllBytes()).isEqualTo(page.bytes());
        }
        assertThat(page.gzipped().length).isLessThan(page.bytes().length / 5);

        PublicPageCache.Page again = new PublicPageCache.Page(html, "text/html", T0.plusSeconds(10));
        PublicPageCache.Page changed = new PublicPageCache.Page(html + "<p>Tin mới</p>", "text/html", T0);
        assertThat(again.etag(false)).as("rendered again, unchanged").isEqualTo(page.etag(false));
        assertThat(changed.etag(false)).isNotEqualTo(page.etag(false));
        assertThat(page.etag(true)).as("other bytes, another tag").isNotEqualTo(page.etag(false));
        assertThat(page.etag(false)).startsWith("\"").endsWith("\"");
    }

    @Test
    void aBrowserHoldingThePageItWouldGetIsToldItIsCurrent() {
        PublicPageCache.Page page = new PublicPageCache.Page("<p>Thông báo</p>", "text/html", T0);
        PublicPageCache.Page other = new PublicPageCache.Page("<p>Thông báo mới</p>", "text/html", T0);

        assertThat(page.matches(page.etag(false), false)).isTrue();
        assertThat(page.matches(page.etag(true), true)).isTrue();
        assertThat(page.matches(page.etag(true), false)).as("the gzipped bytes are not the ones it gets").isFalse();
        assertThat(page.matches(page.etag(false), true)).isFalse();
        assertThat(page.matches("W/" + page.etag(true), true)).as("weak comparison").isTrue();
        assertThat(page.matches("\"x\", " + page.etag(false), false)).as("one of a list").isTrue();
        assertThat(page.matches("*", false)).isTrue();
        assertThat(page.matches(other.etag(false), false)).isFalse();
        assertThat(page.matches(null, false)).isFalse();
        assertThat(page.matches("", false)).isFalse();
        assertThat(page.matches(page.etag(false).replace("\"", ""), false)).as("unquoted is not the tag").isFalse();
    }

    @Test
    void keepingAPageHandsBackWhatIsToBeSentEvenWhenAChangeMeansItIsNotKept() {
        long renderingFrom = cache.generation();
        cache.clear();

        PublicPageCache.Page page = cache.keep("home", "<p>Trang chủ</p>", "text/html", renderingFrom, T0);

        assertThat(page.html()).isEqualTo("<p>Trang chủ</p>");
        assertThat(cache.getOrClaim("home", T0)).isEmpty();
    }

    @Test
    void searchResultsAreKeptApartAndNeverPushTheSitesPagesOut() {
        cache.keep("ARTICLE|vi|tang-cuong", "<p>bài</p>", "text/html", cache.generation(), T0);
        for (int i = 0; i < PublicPageCache.MAX_SEARCHES + 50; i++) {
            cache.keep("SEARCH|vi||q=tu " + i, "<p>" + i + "</p>", "text/html", cache.generation(), T0);
        }
        assertThat(cache.getOrClaim("ARTICLE|vi|tang-cuong", T0)).as("the article stays").isPresent();
        assertThat(cache.getOrClaim("SEARCH|vi||q=tu 0", T0)).as("the oldest search went").isEmpty();
        assertThat(cache.getOrClaim("SEARCH|vi||q=tu " + (PublicPageCache.MAX_SEARCHES + 49), T0)).isPresent();

        cache.onIndexChanged(new vn.govportal.search.SearchIndexChanged());
        assertThat(cache.getOrClaim("SEARCH|vi||q=tu " + (PublicPageCache.MAX_SEARCHES + 49), T0)).as("a change to the index empties it").isEmpty();
    }
}
