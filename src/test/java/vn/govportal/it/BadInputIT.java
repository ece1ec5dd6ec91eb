package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.params.ParameterizedTest;
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
        "/WEB-INF/web.xml",
        "/khong-co-trang-nay",
        "/khong-co-trang-nay.xhtml",
    })
    void unknownOrMalformedAddressesAreNotFound(String path) {
        HttpResponse<String> response = Http.get(base, path);
        assertThat(response.statusCode()).as(path).isIn(400, 404);
        assertNoStackTrace(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/chuyen-muc/tin-hoat-dong?trang=abc",
        "/chuyen-muc/tin-hoat-dong?trang=%00",
        "/chuyen-muc/tin-hoat-dong?trang=1e9",
        "/chuyen-muc/tin-hoat-dong?trang=-99999999999999999999999",
        "/chuyen-muc/tin-hoat-dong?trang=99999999999999999999999",
        "/thong-bao?trang=0",
        "/thong-bao?trang=x",
        "/?trang=5",
    })
    void badPageNumbersGiveNotFoundOrTheNearestPage(String path) {
        HttpResponse<String> response = Http.get(base, path);
        assertThat(response.statusCode()).as(path).isIn(200, 301, 404);
        assertNoStackTrace(response);
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
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at vn.govportal.").doesNotContain("at jakarta.").doesNotContain("at org.");
    }
}
