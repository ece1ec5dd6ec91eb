package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/** A visitor's mistyped or hostile URL gets a not-found answer, never a server error or a stack trace. */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    @ArquillianResource
    private URL base;

    @ParameterizedTest
    @ValueSource(strings = {
        "/bai-viet/khong-ton-tai",
        "/bai-viet/",
        "/bai-viet/Tang-Cuong",
        "/bai-viet/t%C4%83ng-c%C6%B0%E1%BB%9Dng",
        "/bai-viet/tang%2Fcuong",
        "/bai-viet/tang-cuong%00",
        "/bai-viet/a'%20OR%20'1'='1",
        "/bai-viet/..%2F..%2FWEB-INF%2Fweb.xml",
        "/chuyen-muc/khong-ton-tai",
        "/chuyen-muc/tin-hoat-dong/thua",
        "/thong-bao/khong-ton-tai",
        "/thong-bao/-",
        "/tep/abc/x.pdf",
        "/tep/99999999/x.pdf",
        "/tep/999999999999999999999999/x.pdf",
        "/tep/1/",
        "/site/article.xhtml",
        "/%73ite/article.xhtml",
        "/x/../site/home.xhtml",
        "/WEB-INF/web.xml",
        "/khong-co-trang-nay",
        "/khong-co-trang-nay.xhtml",
    })
    void unknownOrMalformedAddressesAreNotFound(String path) {
        Http.RawResponse response = Http.raw(base, path);
        assertThat(response.statusCode()).as(path).isIn(400, 404);
        assertNoStackTrace(response.body());
    }

    /**
     * A malformed escape in the path is refused by Payara's HTTP layer before the portal sees it
     * (payara/Payara#8000: an empty answer and a stack trace in the server log). What the portal
     * can promise is that the visitor gets no error page with internals and no server error.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/bai-viet/%ZZ", "/bai-viet/%", "/%%3"})
    void malformedEscapesInThePathShowNothingInternal(String path) {
        Http.RawResponse response = Http.raw(base, path);
        assertThat(response.statusCode()).as(path).isLessThan(500);
        assertThat(response.body()).as(path).doesNotContain("<main");
        assertNoStackTrace(response.body());
    }

    @org.junit.jupiter.api.Test
    void aViewFolderNamedWithPathParametersDoesNotServeTheView() {
        Http.RawResponse response = Http.raw(base, "/site;a=b/home.xhtml");
        assertThat(response.statusCode()).isIn(301, 302, 400, 404);
        assertThat(response.body()).doesNotContain("<main");
        assertNoStackTrace(response.body());
    }

    @ParameterizedTest
    @CsvSource({
        "/chuyen-muc/tin-hoat-dong?trang=abc, 404",
        "/chuyen-muc/tin-hoat-dong?trang=%00, 404",
        "/chuyen-muc/tin-hoat-dong?trang=1e9, 404",
        "/chuyen-muc/tin-hoat-dong?trang=%ZZ, 200",
        "/chuyen-muc/tin-hoat-dong?trang=-99999999999999999999999, 302",
        "/chuyen-muc/tin-hoat-dong?trang=99999999999999999999999, 302",
        "/thong-bao?trang=0, 302",
        "/thong-bao?trang=x, 404",
        "/?trang=5, 200",
    })
    void badPageNumbersGiveNotFoundOrTheNearestPage(String path, int expected) {
        Http.RawResponse response = Http.raw(base, path);
        assertThat(response.statusCode()).as(path).isEqualTo(expected);
        assertNoStackTrace(response.body());
    }

    @org.junit.jupiter.api.Test
    void veryLongSlugIsNotFound() {
        HttpResponse<String> response = Http.get(base, "/bai-viet/" + "a".repeat(5000));
        assertThat(response.statusCode()).isIn(404, 414);
        assertNoStackTrace(response);
    }

    @org.junit.jupiter.api.Test
    void notFoundPageIsFriendlyVietnamese() {
        HttpResponse<String> response = Http.get(base, "/bai-viet/khong-ton-tai");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy trang").contains("Về trang chủ");
    }

    private static void assertNoStackTrace(HttpResponse<String> response) {
        assertNoStackTrace(response.body());
    }

    private static void assertNoStackTrace(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("at vn.govportal.").doesNotContain("at jakarta.").doesNotContain("at org.");
    }
}
