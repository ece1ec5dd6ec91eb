package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The English site under {@code /en/}: only items whose English version is published are on it,
 * in English; every page links its other-language version, and the switch always leads to a page.
 */
@ExtendWith(ArquillianExtension.class)
class EnglishSiteIT {

    private static final String PUBLIC_ARTICLE = "status = 'PUBLISHED' AND published_at <= ? AND (unpublish_at IS NULL OR unpublish_at > ?)";

    @ArquillianResource
    private URL base;

    @Test
    void anEnglishArticleIsOnTheEnglishSiteOnlyWhileItsEnglishVersionIsPublished() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long id = TestArticles.insert("Bài song ngữ kiểm thử", "PUBLISHED", "admin", now, now.minusMinutes(1));
        String slug = TestArticles.slug(id);
        String english = "bilingual-test-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            TestDatabase.update("UPDATE article SET title_en = ?, slug_en = ?, lead_en = ?, body_en = ?, en_published = FALSE WHERE id = ?",
                    "A bilingual test article", english, "Its English lead.", "<p>Its English text.</p>", id);
            Thread.sleep(1500); // past the test server's page cache (govportal.cache.seconds=1)

            // Written but not published: the English site does not have it, and the Vietnamese page does not claim it.
            assertThat(Http.get(base, "/en/news/" + english).statusCode()).isEqualTo(404);
            assertThat(Http.get(base, "/en/").body()).doesNotContain("A bilingual test article");
            Document vietnamese = Jsoup.parse(Http.get(base, "/bai-viet/" + slug).body());
            assertThat(vietnamese.select("link[hreflang]")).isEmpty();
            assertThat(vietnamese.selectFirst("a.language-switch").attr("href")).isEqualTo(Http.contextPath(base) + "/en/category/activities");

            TestDatabase.update("UPDATE article SET en_published = TRUE WHERE id = ?", id);
            Thread.sleep(1500);
            HttpResponse<String> response = Http.get(base, "/en/news/" + english);
            assertThat(response.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(page.selectFirst("h1").text()).isEqualTo("A bilingual test article");
            assertThat(page.select(".article__body").text()).isEqualTo("Its English text.");
            assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(Http.root(base) + "/en/news/" + english);
            assertThat(page.select("link[hreflang=vi]").attr("href")).isEqualTo(Http.root(base) + "/bai-viet/" + slug);
            assertThat(page.select("link[hreflang=en]").attr("href")).isEqualTo(Http.root(base) + "/en/news/" + english);
            assertThat(page.selectFirst("a.language-switch").attr("href")).isEqualTo(Http.contextPath(base) + "/bai-viet/" + slug);
            assertThat(Http.get(base, "/en/").body()).contains("A bilingual test article");
            vietnamese = Jsoup.parse(Http.get(base, "/bai-viet/" + slug).body());
            assertThat(vietnamese.selectFirst("a.language-switch").attr("href")).isEqualTo(Http.contextPath(base) + "/en/news/" + english);
            assertThat(vietnamese.select("link[hreflang=en]").attr("href")).isEqualTo(Http.root(base) + "/en/news/" + english);

            // Each site answers only its own addresses.
            assertThat(Http.get(base, "/en/news/" + slug).statusCode()).isEqualTo(404);
            assertThat(Http.get(base, "/bai-viet/" + english).statusCode()).isEqualTo(404);

            // Taken off the public site, it leaves both.
            TestDatabase.update("UPDATE article SET status = 'UNPUBLISHED' WHERE id = ?", id);
            Thread.sleep(1500);
            assertThat(Http.get(base, "/en/news/" + english).statusCode()).isEqualTo(404);
        } finally {
            TestDatabase.update("DELETE FROM article_transition WHERE article_id = ?", id);
            TestDatabase.update("DELETE FROM article WHERE id = ?", id);
        }
    }

    @Test
    void theLanguageSwitchOfEveryPageTypeLeadsToAPageInTheOtherLanguage() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String untranslated = TestDatabase.strings("SELECT slug FROM article WHERE en_published = FALSE AND " + PUBLIC_ARTICLE
                + " ORDER BY id", now, now).get(0);
        String translatedNotice = TestDatabase.strings("SELECT slug FROM notice WHERE en_published = TRUE ORDER BY id").get(0);
        String untranslatedNotice = TestDatabase.strings("SELECT slug FROM notice WHERE en_published = FALSE AND status = 'PUBLISHED'"
                + " ORDER BY id").get(0);
        List<String> pages = List.of("/", "/chuyen-muc/hop-tac-quoc-te", "/chuyen-muc/hop-tac-quoc-te?trang=1",
                "/bai-viet/" + PublicContentIT.SEED_SLUG, "/bai-viet/" + untranslated, "/thong-bao", "/thong-bao/" + translatedNotice,
                "/thong-bao/" + untranslatedNotice, "/en/", "/en/category/international-cooperation", "/en/notices",
                "/en/news/" + TestDatabase.strings("SELECT slug_en FROM article WHERE slug = ?", PublicContentIT.SEED_SLUG).get(0));
        for (String path : pages) {
            HttpResponse<String> response = Http.get(base, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            String language = page.selectFirst("html").attr("lang");
            Element languageSwitch = page.selectFirst("a.language-switch");
            assertThat(languageSwitch).as(path).isNotNull();
            String other = language.equals("vi") ? "en" : "vi";
            assertThat(languageSwitch.attr("hreflang")).as(path).isEqualTo(other);
            String target = languageSwitch.attr("href").substring(Http.contextPath(base).length());
            HttpResponse<String> switched = Http.get(base, target);
            assertThat(switched.statusCode()).as(path + " → " + target).isEqualTo(200);
            assertThat(Jsoup.parse(switched.body()).selectFirst("html").attr("lang")).as(target).isEqualTo(other);
        }
        // The same item in the other language where it is translated; its category or the notices where it is not.
        String seedEnglish = TestDatabase.strings("SELECT slug_en FROM article WHERE slug = ?", PublicContentIT.SEED_SLUG).get(0);
        assertThat(switchOf("/bai-viet/" + PublicContentIT.SEED_SLUG)).isEqualTo("/en/news/" + seedEnglish);
        assertThat(switchOf("/en/news/" + seedEnglish)).isEqualTo("/bai-viet/" + PublicContentIT.SEED_SLUG);
        assertThat(switchOf("/bai-viet/" + untranslated)).startsWith("/en/category/");
        assertThat(switchOf("/thong-bao/" + untranslatedNotice)).isEqualTo("/en/notices");
        assertThat(switchOf("/chuyen-muc/hop-tac-quoc-te")).isEqualTo("/en/category/international-cooperation");
    }

    @Test
    void theEnglishSiteSpeaksEnglishAroundItsContent() {
        Document home = Jsoup.parse(Http.get(base, "/en/").body());
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(home.select(".brand__name").text()).isEqualTo("Department of Foreign Affairs of Dong Nai Province");
        assertThat(home.select(".site-nav a").eachText()).contains("Home", "International Cooperation", "Notices");
        assertThat(home.select(".site-nav a").eachAttr("href")).allSatisfy(href -> assertThat(href).startsWith(Http.contextPath(base) + "/en/"));
        assertThat(home.select(".today").text()).matches("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}/\\d{2}/\\d{4}");
        assertThat(home.select("link[hreflang=vi]").attr("href")).isEqualTo(Http.root(base) + "/");
        assertThat(home.select("meta[property=og:locale]").attr("content")).isEqualTo("en_US");
        // Every article it shows is one with a published English version, linked at its English address.
        for (String href : home.select(".content a[href*=/en/news/]").eachAttr("href")) {
            assertThat(Http.get(base, href.substring(Http.contextPath(base).length())).statusCode()).as(href).isEqualTo(200);
        }
        assertThat(home.select(".content a[href*=/bai-viet/]")).isEmpty();
    }

    @Test
    void theEnglishFeedListsExactlyThePublishedEnglishArticles() throws Exception {
        HttpResponse<String> response = Http.get(base, "/en/rss");
        assertThat(response.statusCode()).isEqualTo(200);
        org.w3c.dom.Document feed = Xml.parse(response.body());
        assertThat(Xml.texts(feed, "language").get(0)).isEqualTo("en");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> expected = TestDatabase.strings("SELECT slug_en FROM article WHERE en_published = TRUE AND " + PUBLIC_ARTICLE
                + " ORDER BY published_at DESC, id DESC", now, now).stream().limit(20).toList();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(6);
        List<String> links = Xml.texts(feed, "link");
        assertThat(links.get(0)).isEqualTo(Http.root(base) + "/en/");
        assertThat(links.subList(1, links.size())).containsExactlyElementsOf(
                expected.stream().map(slug -> Http.root(base) + "/en/news/" + slug).toList());
        org.w3c.dom.Document category = Xml.parse(Http.get(base, "/en/rss/international-cooperation").body());
        assertThat(Xml.texts(category, "link").get(0)).isEqualTo(Http.root(base) + "/en/category/international-cooperation");
    }

    @Test
    void addressesTheEnglishSiteDoesNotHaveAreNotFoundNeverAnError() {
        assertThat(Http.get(base, "/fr/").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/fr/news/" + PublicContentIT.SEED_SLUG).statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/en/news/" + PublicContentIT.SEED_SLUG).statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/en/bai-viet/" + PublicContentIT.SEED_SLUG).statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/en/news/T%C4%83ng-C%C6%B0%E1%BB%9Dng").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/en/category/khong-co").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/en/notices?trang=abc").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/en/notices?trang=" + "9".repeat(40)).statusCode()).isIn(302, 404);
        assertThat(Http.get(base, "/en/?x=" + "y".repeat(4000) + "&x=1&x=2").statusCode()).isEqualTo(200);
        HttpResponse<String> bare = Http.get(base, "/en");
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location")).hasValue(Http.contextPath(base) + "/en/");
        Document notFound = Jsoup.parse(Http.get(base, "/en/news/khong-co-bai-nay").body());
        assertThat(notFound.select("link[hreflang]")).isEmpty();
    }

    private String switchOf(String path) {
        Document page = Jsoup.parse(Http.get(base, path).body());
        return page.selectFirst("a.language-switch").attr("href").substring(Http.contextPath(base).length());
    }

}
