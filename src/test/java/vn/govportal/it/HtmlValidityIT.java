package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govportal.security.Role;

/**
 * Every kind of public page, and the sign-in form, passes the W3C Nu HTML Checker with no error;
 * the console's pages have none but those PrimeFaces' own widgets write.
 */
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
        "/login.xhtml",
    })
    void pageHasNoHtmlErrors(String path) throws Exception {
        HttpResponse<String> page = Http.get(base, path);
        assertThat(page.statusCode()).isIn(200, 404);
        assertThat(errors(page.body())).as(path).isEmpty();
    }

    /**
     * What PrimeFaces 15 writes and the checker refuses, the same on every page with these
     * widgets: a role on each data table cell, a select menu's label naming the menu's visible
     * box, the file upload's button labelled by its text, the date picker and the checkbox menu
     * naming the panel their script builds only when it opens. Everything else is the portal's own.
     */
    private static final List<String> PRIMEFACES_MARKUP = List.of(
            "The “role” attribute must not be used on a “td” element",
            "The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control",
            "The “aria-labelledby” attribute must not be specified on any “span” element",
            "The “aria-controls” attribute must point to an element in the same document");

    @org.junit.jupiter.api.Test
    void consolePagesHaveNoHtmlErrorsOfTheirOwn() throws Exception {
        StaffHttp staff = new StaffHttp(base);
        TestStaff admin = TestStaff.create(Role.ADMIN);
        assertThat(staff.signIn(admin.username(), admin.password()).statusCode()).isEqualTo(302);
        for (String path : List.of("/admin/", "/admin/articles/", "/admin/articles/edit.xhtml", "/admin/documents/",
                "/admin/documents/edit.xhtml", "/admin/notices/", "/admin/notices/edit.xhtml", "/admin/pages/",
                "/admin/pages/edit.xhtml", "/admin/procedures/", "/admin/procedures/edit.xhtml", "/admin/questions/",
                "/admin/media/", "/admin/site/categories.xhtml", "/admin/site/links.xhtml", "/admin/site/menu.xhtml",
                "/admin/site/ticker.xhtml", "/admin/users/", "/admin/settings/", "/admin/audit/", "/admin/backup/",
                "/admin/account/password.xhtml")) {
            HttpResponse<String> page = staff.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(errors(page.body())).as(path)
                    .filteredOn(error -> PRIMEFACES_MARKUP.stream().noneMatch(error::contains))
                    .isEmpty();
        }
    }

    /**
     * HTML's rule, newer than the checker at hand (20.7), that a hidden field must not say
     * {@code autocomplete="on"} or {@code "off"}: today's checker reports it.
     */
    private static final Pattern HIDDEN_WITH_AUTOCOMPLETE = Pattern.compile(
            "<input(?=[^>]*\\stype=\"hidden\")(?=[^>]*\\sautocomplete=\"(?:on|off)\")[^>]*>", Pattern.CASE_INSENSITIVE);

    /** The checker's errors on a page, each with its line. */
    private static List<String> errors(String html) throws Exception {
        List<String> errors = new ArrayList<>();
        Matcher hidden = HIDDEN_WITH_AUTOCOMPLETE.matcher(html);
        while (hidden.find()) {
            errors.add("a hidden field with autocomplete on or off: " + hidden.group());
        }
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        JsonObject json = Json.createReader(new StringReader(report)).readObject();
        json.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("type", "").endsWith("error"))
                .map(m -> "line " + m.getInt("lastLine", 0) + ": " + m.getString("message", ""))
                .forEach(errors::add);
        return errors;
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
