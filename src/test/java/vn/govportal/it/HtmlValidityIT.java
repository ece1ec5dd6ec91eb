package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of public page passes the W3C Nu HTML Checker with no error. */
@ExtendWith(ArquillianExtension.class)
class HtmlValidityIT {

    @ArquillianResource
    private URL base;

    @ParameterizedTest
    @ValueSource(strings = {
        "/",
        "/chuyen-muc/tin-hoat-dong",
        "/chuyen-muc/tin-hoat-dong?trang=2",
        "/bai-viet/" + PublicContentIT.SEED_SLUG,
        "/thong-bao",
        "/bai-viet/khong-ton-tai",
        "/en/",
        "/en/category/international-cooperation",
        "/en/notices",
        "/en/news/not-there",
        "/tim-kiem",
        "/tim-kiem?q=cai+cach+hanh+chinh&loai=article",
        "/tim-kiem?q=khong+co+gi+ca+xyzzy",
        "/en/search?q=administrative+reform",
        "/van-ban",
        "/van-ban?loai=quyet-dinh&hieu-luc=con-hieu-luc&q=doi+ngoai",
        "/van-ban/1376-kh-ubnd",
        "/van-ban/76-2010-qd-ttg",
        "/en/documents",
        "/en/documents/58-2022-nd-cp",
        "/hoi-dap",
        "/hoi-dap?chu-de=lanh-su",
        "/hoi-dap/thu-tuc-hop-phap-hoa-lanh-su-giay-to-cua-doanh-nghiep",
        "/en/questions",
        "/trang/gioi-thieu",
        "/trang/lanh-dao-so",
        "/trang/lien-he",
        "/en/pages/privacy-policy",
        "/thu-tuc-hanh-chinh",
        "/thu-tuc-hanh-chinh?linh-vuc=lanh-su&q=hop+phap+hoa",
        "/en/procedures",
    })
    void pageHasNoHtmlErrors(String path) throws Exception {
        HttpResponse<String> page = Http.get(base, path);
        assertThat(page.statusCode()).isIn(200, 404);

        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report = validator.validate(new ByteArrayInputStream(page.body().getBytes(StandardCharsets.UTF_8)));

        JsonObject json = Json.createReader(new StringReader(report)).readObject();
        List<String> errors = json.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("type", "").endsWith("error"))
                .map(m -> "line " + m.getInt("lastLine", 0) + ": " + m.getString("message", ""))
                .toList();
        assertThat(errors).as(path).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void noticePageHasNoHtmlErrors() throws Exception {
        String slug = TestDatabase.strings("SELECT slug FROM notice WHERE status = 'PUBLISHED' AND attachment_id IS NOT NULL").get(0);
        pageHasNoHtmlErrors("/thong-bao/" + slug);
    }

    @org.junit.jupiter.api.Test
    void englishArticleAndNoticePagesHaveNoHtmlErrors() throws Exception {
        pageHasNoHtmlErrors("/en/news/" + TestDatabase.strings("SELECT slug_en FROM article WHERE slug = ?", PublicContentIT.SEED_SLUG).get(0));
        pageHasNoHtmlErrors("/en/notices/" + TestDatabase.strings("SELECT slug_en FROM notice WHERE en_published = TRUE").get(0));
    }
}
