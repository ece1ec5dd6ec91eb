package vn.govportal.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.govportal.stats.VisitCounts;

class PublicPageCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-29T03:00:00Z");

    private final PublicPageCache cache = new PublicPageCache();

    PublicPageCacheTest() {
        cache.keepFor(Duration.ofSeconds(10));
    }

    @Test
    void aPageIsServedAgainUntilItsTimeIsUpThenOneRequestRendersItWhileTheOthersGetTheLastCopy() {
        cache.keep("home", "<p>Trang chủ</p>", "text/html", cache.generation(), T0);
        assertThat(cache.get("home", T0.plusSeconds(9))).map(PublicPageCache.Page::html).hasValue("<p>Trang chủ</p>");

        assertThat(cache.get("home", T0.plusSeconds(10))).as("the first request after: renders").isEmpty();
        assertThat(cache.get("home", T0.plusSeconds(10))).as("the others meanwhile").map(PublicPageCache.Page::html)
                .hasValue("<p>Trang chủ</p>");

        cache.keep("home", "<p>Trang chủ mới</p>", "text/html", cache.generation(), T0.plusSeconds(10));
        assertThat(cache.get("home", T0.plusSeconds(11))).map(PublicPageCache.Page::html).hasValue("<p>Trang chủ mới</p>");
    }

    @Test
    void aPageThatCouldNotBeRenderedIsTriedAgainByTheNextRequest() {
        cache.keep("home", "cũ", "text/html", cache.generation(), T0);
        assertThat(cache.get("home", T0.plusSeconds(10))).isEmpty();

        cache.abandon("home");

        assertThat(cache.get("home", T0.plusSeconds(10))).isEmpty();
    }

    @Test
    void aChangeByStaffEmptiesItAndAPageRenderedMeanwhileIsNotKept() {
        cache.keep("home", "cũ", "text/html", cache.generation(), T0);
        long renderingFrom = cache.generation();

        cache.clear();
        cache.keep("category", "đọc trước khi sửa", "text/html", renderingFrom, T0);

        assertThat(cache.get("home", T0)).isEmpty();
        assertThat(cache.get("category", T0)).isEmpty();
    }

    @Test
    void itHoldsABoundedNumberOfPages() {
        for (int i = 0; i < PublicPageCache.MAX_PAGES + 50; i++) {
            cache.keep("/bai-viet/" + i, "<p>" + i + "</p>", "text/html", cache.generation(), T0);
        }

        assertThat(cache.get("/bai-viet/0", T0)).as("the least recently used went first").isEmpty();
        assertThat(cache.get("/bai-viet/" + (PublicPageCache.MAX_PAGES + 49), T0)).isPresent();
    }

    @Test
    void theVisitCounterIsWrittenInFreshEachTime() {
        String html = "<h1>Lượt truy cập</h1><dd id=\"visits-online\">3</dd><dd id=\"visits-today\">40</dd>"
                + "<dd id=\"visits-total\">1200</dd><p>Sở Ngoại vụ</p>";
        PublicPageCache.Page page = new PublicPageCache.Page(html, "text/html", T0);

        assertThat(new String(page.bytes(new VisitCounts(5, 41, 1201)), StandardCharsets.UTF_8))
                .isEqualTo("<h1>Lượt truy cập</h1><dd id=\"visits-online\">5</dd><dd id=\"visits-today\">41</dd>"
                        + "<dd id=\"visits-total\">1201</dd><p>Sở Ngoại vụ</p>");
        assertThat(new String(page.bytes(new VisitCounts(12, 1000, 99999)), StandardCharsets.UTF_8))
                .contains(">12</dd>", ">1000</dd>", ">99999</dd>").endsWith("<p>Sở Ngoại vụ</p>");
        assertThat(page.html()).as("the page as rendered stays as it was").isEqualTo(html);
    }

    @Test
    void aPageWithoutTheCounterIsSentAsRendered() {
        String feed = "<?xml version=\"1.0\"?><rss><title>Tin tức</title></rss>";
        assertThat(new PublicPageCache.Page(feed, "application/rss+xml", T0).bytes(new VisitCounts(1, 2, 3)))
                .isEqualTo(feed.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void searchResultsAreKeptApartAndNeverPushTheSitesPagesOut() {
        cache.keep("ARTICLE|vi|tang-cuong", "<p>bài</p>", "text/html", cache.generation(), T0);
        for (int i = 0; i < PublicPageCache.MAX_SEARCHES + 50; i++) {
            cache.keep("SEARCH|vi||q=tu " + i, "<p>" + i + "</p>", "text/html", cache.generation(), T0);
        }
        assertThat(cache.get("ARTICLE|vi|tang-cuong", T0)).as("the article stays").isPresent();
        assertThat(cache.get("SEARCH|vi||q=tu 0", T0)).as("the oldest search went").isEmpty();
        assertThat(cache.get("SEARCH|vi||q=tu " + (PublicPageCache.MAX_SEARCHES + 49), T0)).isPresent();

        cache.onIndexChanged(new vn.govportal.search.SearchIndexChanged());
        assertThat(cache.get("SEARCH|vi||q=tu " + (PublicPageCache.MAX_SEARCHES + 49), T0)).as("a change to the index empties it").isEmpty();
    }
}
