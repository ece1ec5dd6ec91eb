package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Anonymous visitors get no HTTP session and no cookie, on any public page. */
@ExtendWith(ArquillianExtension.class)
class StatelessIT {

    @ArquillianResource
    private URL base;

    @ParameterizedTest
    @ValueSource(strings = {
        "/",
        "/chuyen-muc/tin-hoat-dong",
        "/chuyen-muc/tin-hoat-dong?trang=2",
        "/bai-viet/" + PublicContentIT.SEED_SLUG,
        "/thong-bao",
        "/en/",
        "/en/category/international-cooperation",
        "/en/news/stepping-up-communication-on-administrative-reform",
        "/en/notices",
        "/en/rss",
        "/en/news/not-there",
        "/tim-kiem?q=cai+cach+hanh+chinh",
        "/en/search?q=reform",
        "/tep/1/x.pdf",
        "/bai-viet/khong-ton-tai",
        "/bai-viet/%ZZ",
        "/chuyen-muc/tin-hoat-dong?trang=0",
        "/van-ban",
        "/van-ban?loai=ke-hoach&nam=2020&hieu-luc=het-hieu-luc",
        "/van-ban/1376-kh-ubnd",
        "/en/documents/58-2022-nd-cp",
        "/hoi-dap",
        "/hoi-dap/thu-tuc-hop-phap-hoa-lanh-su-giay-to-cua-doanh-nghiep",
        "/en/questions",
        "/trang/gioi-thieu",
        "/en/pages/about",
        "/thu-tuc-hanh-chinh?linh-vuc=lanh-su",
        "/en/procedures",
    })
    void publicPagesSetNoCookie(String path) {
        assertStateless(path);
    }

    @Test
    void noticePagesAndTheirAttachmentsSetNoCookie() throws Exception {
        String notice = TestDatabase.strings("SELECT slug FROM notice WHERE status = 'PUBLISHED' AND attachment_id IS NOT NULL"
                + " ORDER BY id").get(0);
        String file = TestDatabase.strings("SELECT CONCAT('/tep/', f.id, '/', f.file_name) FROM notice n"
                + " JOIN media_file f ON f.id = n.attachment_id WHERE n.slug = ?", notice).get(0);

        assertStateless("/thong-bao/" + notice);
        assertStateless(file);
    }

    private void assertStateless(String path) {
        Http.RawResponse response = Http.raw(base, path);
        assertThat(response.statusCode()).as(path).isLessThan(500);
        assertThat(response.header("Set-Cookie")).as(path).isEmpty();
        assertThat(response.body()).doesNotContain("jakarta.faces.ViewState");
    }
}
