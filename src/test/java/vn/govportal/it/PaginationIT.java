package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Category pages list every public article exactly once, ten to a page, newest first. */
@ExtendWith(ArquillianExtension.class)
class PaginationIT {

    private static final String CATEGORY = "/chuyen-muc/tin-hoat-dong";
    private static final Pattern ARTICLE_LINK = Pattern.compile("/bai-viet/([a-z0-9-]+)\"");

    @ArquillianResource
    private URL base;

    @Test
    void pagesTogetherListEveryPublicArticleOnceNewestFirst() throws Exception {
        List<String> expected = TestDatabase.strings("SELECT a.slug FROM article a JOIN category c ON c.id = a.category_id"
                + " WHERE c.slug = 'tin-hoat-dong' AND a.status = 'PUBLISHED' AND a.published_at <= ?"
                + " ORDER BY a.published_at DESC, a.id DESC", OffsetDateTime.now(ZoneOffset.UTC));
        int pages = (expected.size() + 9) / 10;
        assertThat(pages).as("demo category spans several pages").isGreaterThanOrEqualTo(2);

        List<String> listed = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            HttpResponse<String> page = Http.get(base, CATEGORY + (n == 1 ? "" : "?trang=" + n));
            assertThat(page.statusCode()).isEqualTo(200);
            List<String> onPage = articleSlugs(page.body());
            assertThat(onPage).hasSize(n < pages ? 10 : expected.size() - 10 * (pages - 1));
            assertThat(page.body().contains("rel=\"next\"")).isEqualTo(n < pages);
            assertThat(page.body().contains("rel=\"prev\"")).isEqualTo(n > 1);
            assertThat(page.body()).contains("aria-current=\"page\" class=\"pagination__current\">" + n + "<");
            listed.addAll(onPage);
        }
        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void pageNumbersOutOfRangeRedirectToTheNearestPage() throws Exception {
        long total = TestDatabase.count("SELECT COUNT(*) FROM article a JOIN category c ON c.id = a.category_id"
                + " WHERE c.slug = 'tin-hoat-dong' AND a.status = 'PUBLISHED' AND a.published_at <= ?",
                OffsetDateTime.now(ZoneOffset.UTC));
        long last = (total + 9) / 10;
        String context = Http.contextPath(base);

        assertRedirect("?trang=0", context + CATEGORY);
        assertRedirect("?trang=-3", context + CATEGORY);
        assertRedirect("?trang=" + (last + 1), context + CATEGORY + "?trang=" + last);
        assertRedirect("?trang=99999999999999999999999999", context + CATEGORY + "?trang=" + last);
        assertThat(Http.get(base, CATEGORY + "?trang=abc").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, CATEGORY + "?trang=1.5").statusCode()).isEqualTo(404);
    }

    @Test
    void noticesListRedirectsPastItsLastPage() {
        HttpResponse<String> response = Http.get(base, "/thong-bao?trang=50");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/thong-bao");
    }

    private void assertRedirect(String query, String expectedPathAndQuery) {
        HttpResponse<String> response = Http.get(base, CATEGORY + query);
        assertThat(response.statusCode()).as(query).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).as(query).endsWith(expectedPathAndQuery);
    }

    private static List<String> articleSlugs(String html) {
        int start = html.indexOf("<ul class=\"article-list\">");
        int end = html.indexOf("</ul>", start);
        Matcher m = ARTICLE_LINK.matcher(html.substring(start, end));
        List<String> slugs = new ArrayList<>();
        while (m.find()) {
            slugs.add(m.group(1));
        }
        return slugs;
    }
}
