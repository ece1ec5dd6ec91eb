package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What search engines, feed readers and social networks read: RSS feeds, the sitemap,
 * robots.txt, and the description, canonical address and social preview of each page. They list
 * exactly what visitors may see.
 */
@ExtendWith(ArquillianExtension.class)
class DiscoverabilityIT {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String PUBLIC_ARTICLE = "status = 'PUBLISHED' AND published_at <= ? AND (unpublish_at IS NULL OR unpublish_at > ?)";
    private static final String PUBLIC_NOTICE = "status = 'PUBLISHED' AND published_at <= ? AND (expires_at IS NULL OR expires_at > ?)";

    @ArquillianResource
    private URL base;

    @Test
    void theNewsFeedListsTheNewestPublicArticlesAndNothingElse() throws Exception {
        HttpResponse<String> response = Http.get(base, "/rss");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/rss+xml"));
        org.w3c.dom.Document feed = Xml.parse(response.body());
        assertThat(feed.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(feed.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        assertThat(Xml.texts(feed, "language").get(0)).isEqualTo("vi");

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> newest = TestDatabase.strings("SELECT slug FROM article WHERE " + PUBLIC_ARTICLE
                + " ORDER BY published_at DESC, id DESC", now, now).stream().limit(20).toList();
        assertThat(newest).isNotEmpty();
        List<String> links = Xml.texts(feed, "link");
        // The channel's own link first, then one per item.
        assertThat(links.get(0)).isEqualTo(Http.root(base) + "/");
        assertThat(links.subList(1, links.size())).containsExactlyElementsOf(
                newest.stream().map(slug -> Http.root(base) + "/bai-viet/" + slug).toList());
        assertThat(Xml.texts(feed, "pubDate")).allSatisfy(date -> assertThat(date).matches("\\w{3}, \\d{2} \\w{3} \\d{4} .*"));
    }

    @Test
    void aCategoryFeedListsThatCategoryOnly() throws Exception {
        String category = "tin-hoat-dong";
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> expected = TestDatabase.strings("SELECT slug FROM article WHERE category_id = (SELECT id FROM category WHERE slug = ?)"
                + " AND " + PUBLIC_ARTICLE + " ORDER BY published_at DESC, id DESC", category, now, now);
        org.w3c.dom.Document feed = Xml.parse(Http.get(base, "/rss/" + category).body());
        List<String> links = Xml.texts(feed, "link");
        assertThat(links.get(0)).isEqualTo(Http.root(base) + "/chuyen-muc/" + category);
        assertThat(links.subList(1, links.size())).containsExactlyElementsOf(
                expected.stream().limit(20).map(slug -> Http.root(base) + "/bai-viet/" + slug).toList());
        assertThat(Http.get(base, "/rss/khong-co-chuyen-muc-nay").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/rss/Khong%20Hop%20Le").statusCode()).isEqualTo(404);
    }

    @Test
    void theSitemapValidatesAndListsExactlyThePublicPages() throws Exception {
        HttpResponse<String> index = Http.get(base, "/sitemap.xml");
        assertThat(index.statusCode()).isEqualTo(200);
        validate(index.body(), "/sitemaps/siteindex.xsd");
        org.w3c.dom.Document indexXml = Xml.parse(index.body());
        List<String> parts = textNs(indexXml, "loc");
        assertThat(parts).isNotEmpty().allSatisfy(part -> assertThat(part).startsWith(Http.root(base) + "/sitemap.xml?phan="));

        List<String> listed = new ArrayList<>();
        for (String part : parts) {
            HttpResponse<String> response = Http.get(base, part.substring(Http.root(base).length()));
            assertThat(response.statusCode()).as(part).isEqualTo(200);
            validate(response.body(), "/sitemaps/sitemap.xsd");
            org.w3c.dom.Document urlset = Xml.parse(response.body());
            listed.addAll(textNs(urlset, "loc"));
            assertThat(textNs(urlset, "lastmod")).allSatisfy(date -> assertThat(date).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Set<String> expected = new HashSet<>();
        String root = Http.root(base);
        expected.add(root + "/");
        expected.add(root + "/thong-bao");
        TestDatabase.strings("SELECT slug FROM category").forEach(slug -> expected.add(root + "/chuyen-muc/" + slug));
        TestDatabase.strings("SELECT slug FROM article WHERE " + PUBLIC_ARTICLE, now, now)
                .forEach(slug -> expected.add(root + "/bai-viet/" + slug));
        TestDatabase.strings("SELECT slug FROM notice WHERE " + PUBLIC_NOTICE, now, now)
                .forEach(slug -> expected.add(root + "/thong-bao/" + slug));
        // The English site: its own pages, every category, and the items whose English version is public too.
        expected.add(root + "/en/");
        expected.add(root + "/en/notices");
        TestDatabase.strings("SELECT COALESCE(slug_en, slug) FROM category").forEach(slug -> expected.add(root + "/en/category/" + slug));
        TestDatabase.strings("SELECT slug_en FROM article WHERE en_published = TRUE AND " + PUBLIC_ARTICLE, now, now)
                .forEach(slug -> expected.add(root + "/en/news/" + slug));
        TestDatabase.strings("SELECT slug_en FROM notice WHERE en_published = TRUE AND " + PUBLIC_NOTICE, now, now)
                .forEach(slug -> expected.add(root + "/en/notices/" + slug));
        // The register, and each published document on both sites (its summary is shown untranslated where it has none).
        expected.add(root + "/van-ban");
        expected.add(root + "/en/documents");
        TestDatabase.strings("SELECT slug FROM legal_document WHERE status = 'PUBLISHED'").forEach(slug -> {
            expected.add(root + "/van-ban/" + slug);
            expected.add(root + "/en/documents/" + slug);
        });
        // Questions and answers: the list on both sites, each answered question where it was answered, in Vietnamese.
        expected.add(root + "/hoi-dap");
        expected.add(root + "/en/questions");
        TestDatabase.strings("SELECT slug FROM question WHERE status = 'PUBLISHED'").forEach(slug -> expected.add(root + "/hoi-dap/" + slug));
        // The procedures list on both sites; the agency's published pages, in English where that version is published.
        expected.add(root + "/thu-tuc-hanh-chinh");
        expected.add(root + "/en/procedures");
        TestDatabase.strings("SELECT slug FROM site_page WHERE status = 'PUBLISHED'").forEach(slug -> expected.add(root + "/trang/" + slug));
        TestDatabase.strings("SELECT slug_en FROM site_page WHERE status = 'PUBLISHED' AND en_published = TRUE")
                .forEach(slug -> expected.add(root + "/en/pages/" + slug));
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(new HashSet<>(listed)).isEqualTo(expected);

        // An empty part is part 1, as an empty page number is page 1; and it leaves the index the index.
        assertThat(Http.get(base, "/sitemap.xml?phan=").body()).contains("<urlset");
        assertThat(Http.get(base, "/sitemap.xml").body()).contains("<sitemapindex");
        assertThat(Http.get(base, "/sitemap.xml?phan=0").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/sitemap.xml?phan=99999").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/sitemap.xml?phan=abc").statusCode()).isEqualTo(404);
    }

    @Test
    void robotsKeepCrawlersOutOfTheConsoleAndNameTheSitemap() {
        HttpResponse<String> robots = Http.get(base, "/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        String context = Http.contextPath(base);
        assertThat(robots.body()).contains("User-agent: *", "Disallow: " + context + "/admin/",
                "Sitemap: " + Http.root(base) + "/sitemap.xml");
    }

    @Test
    void anArticleDescribesItselfToSearchEnginesAndSocialNetworks() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String slug = TestDatabase.strings("SELECT slug FROM article WHERE featured_image_id IS NOT NULL AND " + PUBLIC_ARTICLE,
                now, now).get(0);
        String title = TestDatabase.strings("SELECT title FROM article WHERE slug = ?", slug).get(0);
        // A junk parameter is no part of the page's address.
        Document page = Jsoup.parse(Http.get(base, "/bai-viet/" + slug + "?utm_source=zalo&fbclid=x").body());
        String canonical = Http.root(base) + "/bai-viet/" + slug;
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(meta(page, "property", "og:url")).isEqualTo(canonical);
        assertThat(meta(page, "property", "og:title")).isEqualTo(title);
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:locale")).isEqualTo("vi_VN");
        assertThat(meta(page, "property", "og:image")).startsWith(Http.root(base) + "/tep/").endsWith("?w=960");
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "name", "description")).isNotBlank();
        assertThat(Http.get(base, meta(page, "property", "og:image").substring(Http.root(base).length())).statusCode()).isEqualTo(200);
    }

    @Test
    void everyPublicPageHasADescriptionACanonicalAddressAndIcons() {
        for (String path : List.of("/", "/chuyen-muc/tin-hoat-dong", "/thong-bao",
                "/bai-viet/" + PublicContentIT.SEED_SLUG)) {
            Document page = Jsoup.parse(Http.get(base, path).body());
            assertThat(meta(page, "name", "description")).as(path).isNotBlank();
            assertThat(page.selectFirst("link[rel=canonical]").attr("href")).as(path).isEqualTo(Http.root(base) + path);
            assertThat(page.select("link[rel=alternate][type=application/rss+xml]")).as(path).isNotEmpty();
            for (String icon : page.select("link[rel=icon], link[rel=apple-touch-icon], link[rel=manifest]").eachAttr("href")) {
                assertThat(Http.get(base, icon.substring(Http.contextPath(base).length())).statusCode()).as(icon).isEqualTo(200);
            }
        }
        Document notFound = Jsoup.parse(Http.get(base, "/bai-viet/khong-co-bai-nay").body());
        assertThat(notFound.select("link[rel=canonical]")).isEmpty();
        assertThat(meta(notFound, "name", "robots")).isEqualTo("noindex");
        assertThat(Http.get(base, "/favicon.ico").statusCode()).isEqualTo(200);
        assertThat(Http.get(base, "/manifest.webmanifest").body()).contains("\"icons\"", "\"lang\":\"vi\"");
    }

    private static String meta(Document page, String attribute, String name) {
        var element = page.selectFirst("meta[" + attribute + "=" + name + "]");
        return element == null ? null : element.attr("content");
    }



    private static List<String> textNs(org.w3c.dom.Document document, String tag) {
        NodeList nodes = document.getElementsByTagNameNS(SITEMAP_NS, tag);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getTextContent());
        }
        return values;
    }

    private static void validate(String xml, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // The sitemap schema admits other namespaces' elements strictly: the language alternates' schema is given beside it.
        factory.newSchema(new javax.xml.transform.Source[] {
            new StreamSource(DiscoverabilityIT.class.getResource("/sitemaps/xhtml-link.xsd").toString()),
            new StreamSource(DiscoverabilityIT.class.getResource(schema).toString())}).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }
}
