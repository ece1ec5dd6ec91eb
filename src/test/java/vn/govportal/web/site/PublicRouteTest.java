package vn.govportal.web.site;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.govportal.text.SiteLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


class PublicRouteTest {

    @Test
    void everyAddressBuiltIsMatchedBackToItsPage() {
        int checked = 0;
        for (PublicRoute route : PublicRoute.values()) {
            for (SiteLanguage language : SiteLanguage.values()) {
                if (!route.publishedIn(language)) {
                    continue;
                }
                String slug = route.takesSlug() ? "cai-cach-hanh-chinh-2026" : null;
                String url = route.url(language, slug);
                assertThat(PublicRoute.match(url)).as(url).hasValue(new RouteMatch(route, language, slug));
                checked++;
            }
        }
        assertThat(checked).as("both sites").isGreaterThan(PublicRoute.values().length);
    }

    @Test
    void mapsTheSiteAddressesToTheirViews() {
        assertThat(PublicRoute.match("/")).hasValue(new RouteMatch(PublicRoute.HOME, SiteLanguage.VI, null));
        assertThat(PublicRoute.match("")).hasValue(new RouteMatch(PublicRoute.HOME, SiteLanguage.VI, null));
        assertThat(PublicRoute.match("/bai-viet/tang-cuong")).hasValue(new RouteMatch(PublicRoute.ARTICLE, SiteLanguage.VI, "tang-cuong"));
        assertThat(PublicRoute.match("/chuyen-muc/tin-hoat-dong"))
                .hasValue(new RouteMatch(PublicRoute.CATEGORY, SiteLanguage.VI, "tin-hoat-dong"));
        assertThat(PublicRoute.match("/thong-bao")).hasValue(new RouteMatch(PublicRoute.NOTICES, SiteLanguage.VI, null));
        assertThat(PublicRoute.match("/thong-bao/lich-nghi-le"))
                .hasValue(new RouteMatch(PublicRoute.NOTICE, SiteLanguage.VI, "lich-nghi-le"));
        assertThat(PublicRoute.ARTICLE.view()).isEqualTo("/site/article.xhtml");
    }

    @Test
    void searchResultsHaveTheirAddressInEachLanguageAndAreKeyedByTheirWordsAndFilters() {
        assertThat(PublicRoute.match("/tim-kiem")).hasValue(new RouteMatch(PublicRoute.SEARCH, SiteLanguage.VI, null));
        assertThat(PublicRoute.match("/en/search")).hasValue(new RouteMatch(PublicRoute.SEARCH, SiteLanguage.EN, null));
        assertThat(PublicRoute.SEARCH.parameters()).contains("q", "loai", "chuyen-muc", "tu-ngay", "den-ngay", "trang");

        String key = PublicRoute.SEARCH.cacheKey(SiteLanguage.VI, null, Map.of("q", "cai cach")::get);
        assertThat(PublicRoute.isSearchKey(key)).isTrue();
        assertThat(PublicRoute.SEARCH.cacheKey(SiteLanguage.VI, null, Map.of("q", "  cai   cach ", "utm_source", "zalo")::get))
                .as("spaces and junk parameters make no other search").isEqualTo(key);
        assertThat(PublicRoute.SEARCH.cacheKey(SiteLanguage.VI, null, Map.of("q", "cải cách")::get)).isNotEqualTo(key);
        assertThat(PublicRoute.SEARCH.cacheKey(SiteLanguage.VI, null, Map.of("q", "cai cach", "loai", "notice")::get)).isNotEqualTo(key);
        assertThat(PublicRoute.SEARCH.cacheKey(SiteLanguage.EN, null, Map.of("q", "cai cach")::get)).isNotEqualTo(key);
        assertThat(PublicRoute.SEARCH.cacheKey(SiteLanguage.VI, null, Map.of("q", "x".repeat(10_000))::get)).hasSizeLessThan(600);
        assertThat(PublicRoute.isSearchKey(PublicRoute.HOME.cacheKey(SiteLanguage.VI, null, Map.of("q", "x")::get))).isFalse();
    }

    @Test
    void mapsTheEnglishAddressesToTheSameViewsInEnglish() {
        assertThat(PublicRoute.match("/en/")).hasValue(new RouteMatch(PublicRoute.HOME, SiteLanguage.EN, null));
        assertThat(PublicRoute.match("/en/news/dong-nai-signs")).hasValue(new RouteMatch(PublicRoute.ARTICLE, SiteLanguage.EN, "dong-nai-signs"));
        assertThat(PublicRoute.match("/en/category/activities"))
                .hasValue(new RouteMatch(PublicRoute.CATEGORY, SiteLanguage.EN, "activities"));
        assertThat(PublicRoute.match("/en/notices")).hasValue(new RouteMatch(PublicRoute.NOTICES, SiteLanguage.EN, null));
        assertThat(PublicRoute.match("/en/notices/holiday")).hasValue(new RouteMatch(PublicRoute.NOTICE, SiteLanguage.EN, "holiday"));
        assertThat(PublicRoute.match("/en/rss")).hasValue(new RouteMatch(PublicRoute.FEED, SiteLanguage.EN, null));
        assertThat(PublicRoute.match("/en/rss/activities")).hasValue(new RouteMatch(PublicRoute.CATEGORY_FEED, SiteLanguage.EN, "activities"));
        assertThat(PublicRoute.ARTICLE.url(SiteLanguage.EN, "x")).isEqualTo("/en/news/x");
        assertThat(PublicRoute.CATEGORY.pageUrl(SiteLanguage.EN, "activities", 2)).isEqualTo("/en/category/activities?trang=2");
        // What programs fetch has one address for both sites.
        assertThat(PublicRoute.SITEMAP.publishedIn(SiteLanguage.EN)).isFalse();
        assertThat(PublicRoute.ARTICLE.publishedIn(SiteLanguage.EN)).isTrue();
        assertThat(PublicRoute.MANIFEST.url(SiteLanguage.EN, null)).isEqualTo("/manifest.webmanifest");
    }

    @Test
    void languagesAndAddressesDoNotMix() {
        // A Vietnamese path under /en/, an English one without it, a language the site has not: none is a page.
        assertThat(PublicRoute.match("/en/bai-viet/tang-cuong")).isEmpty();
        assertThat(PublicRoute.match("/news/tang-cuong")).isEmpty();
        assertThat(PublicRoute.match("/fr/")).isEmpty();
        assertThat(PublicRoute.match("/fr/news/x")).isEmpty();
        assertThat(PublicRoute.match("/en/news/tăng")).hasValueSatisfying(m -> assertThat(m.notFound()).isTrue());
        assertThat(PublicRoute.match("/en/news/")).hasValueSatisfying(m -> assertThat(m.notFound()).isTrue());
    }

    @Test
    void theTwoSitesAreCachedApart() {
        assertThat(PublicRoute.NOTICES.cacheKey(SiteLanguage.VI, null, name -> null))
                .isNotEqualTo(PublicRoute.NOTICES.cacheKey(SiteLanguage.EN, null, name -> null));
    }

    @Test
    void malformedSlugsNameNothing() {
        for (String path : new String[] {"/bai-viet/", "/bai-viet/Tang", "/bai-viet/a/b", "/bai-viet/%00", "/chuyen-muc/x%2Fy",
            "/thong-bao/", "/bai-viet/" + "a".repeat(300), "/bai-viet/tăng"}) {
            assertThat(PublicRoute.match(path)).as(path).hasValueSatisfying(m -> assertThat(m.notFound()).isTrue());
        }
    }

    @Test
    void leavesOtherAddressesToTheContainer() {
        assertThat(PublicRoute.match("/tep/1/a.pdf")).isEmpty();
        assertThat(PublicRoute.match("/jakarta.faces.resource/site.css.xhtml")).isEmpty();
        assertThat(PublicRoute.match("/admin/")).isEmpty();
        assertThat(PublicRoute.match("/bai-vietx")).isEmpty();
        assertThat(PublicRoute.match("/thong-baox")).isEmpty();
    }

    @Test
    void onlyTheParametersARouteNamesChangeItsCacheKey() {
        RouteMatch category = PublicRoute.match("/chuyen-muc/tin-hoat-dong").orElseThrow();
        String plain = category.cacheKey(Map.<String, String>of()::get);
        String junk = category.cacheKey(Map.of("utm_source", "facebook", "fbclid", "x".repeat(5000))::get);
        String second = category.cacheKey(Map.of(PublicRoute.PAGE, "2", "utm_source", "zalo")::get);
        assertThat(junk).isEqualTo(plain);
        assertThat(second).isNotEqualTo(plain).isEqualTo(category.cacheKey(Map.of(PublicRoute.PAGE, "2")::get));
        // One number, however it is spelt, is one page.
        for (String spelling : new String[] {"02", "+2", "0000000000000000000000000000002"}) {
            assertThat(category.cacheKey(Map.of(PublicRoute.PAGE, spelling)::get)).as(spelling).isEqualTo(second);
        }
        // The sitemap's index (no part asked for) is not its first part.
        RouteMatch sitemap = PublicRoute.match("/sitemap.xml").orElseThrow();
        assertThat(sitemap.cacheKey(Map.<String, String>of()::get)).isNotEqualTo(sitemap.cacheKey(Map.of(PublicRoute.PART, "")::get));
        assertThat(sitemap.cacheKey(Map.of(PublicRoute.PART, "")::get)).isEqualTo(sitemap.cacheKey(Map.of(PublicRoute.PART, "1")::get));

        RouteMatch article = PublicRoute.match("/bai-viet/tang-cuong").orElseThrow();
        // An article has no pages: even its page parameter is junk to it.
        assertThat(article.cacheKey(Map.of(PublicRoute.PAGE, "7")::get)).isEqualTo(article.cacheKey(Map.<String, String>of()::get));
        assertThat(article.cacheKey(Map.<String, String>of()::get))
                .isNotEqualTo(PublicRoute.match("/bai-viet/khac").orElseThrow().cacheKey(Map.<String, String>of()::get));
    }

    @Test
    void buildsPagesOfAListAndRefusesWhatARouteCannotBe() {
        assertThat(PublicRoute.CATEGORY.pageUrl(SiteLanguage.VI, "tin-hoat-dong", 1)).isEqualTo("/chuyen-muc/tin-hoat-dong");
        assertThat(PublicRoute.CATEGORY.pageUrl(SiteLanguage.VI, "tin-hoat-dong", 3)).isEqualTo("/chuyen-muc/tin-hoat-dong?trang=3");
        assertThat(PublicRoute.NOTICES.pageUrl(SiteLanguage.VI, null, 2)).isEqualTo("/thong-bao?trang=2");
        assertThatThrownBy(() -> PublicRoute.ARTICLE.url(SiteLanguage.VI, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicRoute.HOME.url(SiteLanguage.VI, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicRoute.ARTICLE.pageUrl(SiteLanguage.VI, "x", 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
