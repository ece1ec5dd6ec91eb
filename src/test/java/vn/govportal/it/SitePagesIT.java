package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agency's pages on the public site: published ones at their address in each language they
 * are published in, drafts nowhere; reached from the menus, the sitemap and the search; the Q&A
 * form leads to the privacy policy it asks visitors to agree to.
 */
@ExtendWith(ArquillianExtension.class)
class SitePagesIT {

    @ArquillianResource
    private URL base;

    @Test
    void aPublishedPageIsPublicAndADraftIsNot() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        page("Trang công khai " + token, "cong-khai-" + token, "PUBLISHED", "Public page " + token, "public-" + token, false);
        page("Trang nháp " + token, "nhap-" + token, "DRAFT", null, null, false);

        assertThat(Http.get(base, "/trang/cong-khai-" + token).body()).contains("Trang công khai " + token);
        assertThat(Http.get(base, "/trang/nhap-" + token).statusCode()).isEqualTo(404);
        // Its English version is written but not published: not on the English site.
        assertThat(Http.get(base, "/en/pages/public-" + token).statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/trang/Khong%20Hop%20Le").statusCode()).isEqualTo(404);
    }

    @Test
    void aPageWithAPublishedEnglishVersionIsOnBothSitesAndLinksEachToTheOther() throws Exception {
        String about = Http.get(base, "/trang/gioi-thieu").body();
        assertThat(about).contains("Cơ cấu tổ chức").contains("hreflang=\"en\"").contains("/en/pages/about");
        String english = Http.get(base, "/en/pages/about").body();
        assertThat(english).contains("Functions, duties and organisation").contains("/trang/gioi-thieu");
    }

    @Test
    void theContactPageNamesTheContactPointWithoutAThirdPartyScript() throws Exception {
        String contact = Http.get(base, "/trang/lien-he").body();
        assertThat(contact).contains("Đầu mối tiếp nhận thông tin").contains("openstreetmap.org/search");
        assertThat(contact).doesNotContain("<iframe").doesNotContainPattern("<script[^>]+src=\"https?://");
    }

    @Test
    void menusFooterSitemapAndSearchLeadToThePages() throws Exception {
        String home = Http.get(base, "/").body();
        assertThat(home).contains("/trang/chinh-sach-bao-ve-du-lieu-ca-nhan\">Chính sách bảo vệ dữ liệu cá nhân</a>");
        assertThat(home).contains("/trang/lanh-dao-so\">Lãnh đạo Sở</a>");
        assertThat(Http.get(base, "/en/").body()).contains("/en/pages/privacy-policy\">Privacy policy</a>");
        assertThat(Http.get(base, "/hoi-dap").body()).contains("/trang/chinh-sach-bao-ve-du-lieu-ca-nhan\"");
        assertThat(Http.get(base, "/sitemap.xml?phan=1").body()).contains("/trang/gioi-thieu</loc>").contains("/en/pages/about</loc>");
        assertThat(Http.get(base, "/tim-kiem?q=Ch%C3%A1nh+V%C4%83n+ph%C3%B2ng+S%E1%BB%9F").body())
                .contains("class=\"search-result").contains("/trang/lien-he");
    }

    private static void page(String title, String slug, String status, String titleEn, String slugEn, boolean englishPublished)
            throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        TestDatabase.update("INSERT INTO site_page (title, slug, body, status, published_at, created_at, updated_at,"
                + " title_en, slug_en, body_en, en_published, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                title, slug, "<p>" + title + "</p>", status, "PUBLISHED".equals(status) ? now : null, now, now,
                titleEn, slugEn, titleEn == null ? null : "<p>" + titleEn + "</p>", englishPublished);
    }
}
