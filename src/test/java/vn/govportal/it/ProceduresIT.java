package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public list of administrative procedures: by field and by words (whatever their
 * diacritics), published ones only, each leading to the national public-service portal.
 */
@ExtendWith(ArquillianExtension.class)
class ProceduresIT {

    @ArquillianResource
    private URL base;

    private String token;
    private String field;

    /** A field of its own: two published procedures in it, one not published. */
    @BeforeEach
    void aFieldOfItsOwn() throws Exception {
        token = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
        field = "Lĩnh vực kiểm thử " + token;
        procedure("Cấp giấy phép thử nghiệm " + token, true, "FULLY_ONLINE");
        procedure("Gia hạn giấy phép thử nghiệm " + token, true, "PARTLY_ONLINE");
        procedure("Thủ tục chưa công bố " + token, false, "IN_PERSON");
    }

    @Test
    void aFieldListsExactlyItsPublishedProcedures() throws Exception {
        String key = "linh-vuc-kiem-thu-" + token;
        String page = Http.get(base, "/thu-tuc-hanh-chinh?linh-vuc=" + key).body();

        assertThat(page).contains("Cấp giấy phép thử nghiệm " + token).contains("Gia hạn giấy phép thử nghiệm " + token)
                .doesNotContain("Thủ tục chưa công bố " + token).contains("Có 2 thủ tục.");
        assertThat(page).contains("href=\"https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=");
        assertThat(page).contains("Trực tuyến toàn trình").contains("15 ngày làm việc").contains("Không thu");
        assertThat(page).contains("<option value=\"" + key + "\" selected=\"selected\">" + field + "</option>");
    }

    @Test
    void wordsMatchWithOrWithoutDiacritics() throws Exception {
        String typed = URLEncoder.encode("gia han " + token, StandardCharsets.UTF_8);
        String page = Http.get(base, "/thu-tuc-hanh-chinh?q=" + typed).body();

        assertThat(page).contains("Gia hạn giấy phép thử nghiệm " + token).doesNotContain("Cấp giấy phép thử nghiệm " + token)
                .contains("Có 1 thủ tục.");
    }

    @Test
    void aMistypedAddressListsAllOrTheLastPageNeverAnError() throws Exception {
        assertThat(Http.get(base, "/thu-tuc-hanh-chinh?linh-vuc=khong-co-linh-vuc-nay").body()).contains("Cấp giấy phép thử nghiệm " + token);
        HttpResponse<String> farPage = Http.get(base, "/thu-tuc-hanh-chinh?trang=999");
        assertThat(farPage.statusCode()).isIn(301, 302, 303, 307);
        assertThat(Http.get(base, "/thu-tuc-hanh-chinh?trang=abc").statusCode()).isIn(200, 404);
    }

    @Test
    void theEnglishListShowsEnglishNamesAndMarksTheRestAsVietnamese() throws Exception {
        String english = Http.get(base, "/en/procedures").body();
        assertThat(english).contains("Permission to hold an international conference or workshop");
        assertThat(english).contains("lang=\"vi\">Cấp giấy phép thử nghiệm " + token);
    }

    private void procedure(String name, boolean published, String level) throws Exception {
        TestDatabase.update("INSERT INTO admin_procedure (code, name, field_name, service_level, processing_time, fee, portal_url,"
                + " published, sort_order, updated_at, version) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0)",
                name, field, level, "15 ngày làm việc", "Không thu",
                "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=9.99" + Math.abs(name.hashCode() % 1000),
                published, Timestamp.from(Instant.now()));
    }
}
