package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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
        "/bai-viet/khong-ton-tai",
        "/chuyen-muc/tin-hoat-dong?trang=0",
    })
    void publicPagesSetNoCookie(String path) {
        HttpResponse<String> response = Http.get(base, path);
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        assertThat(response.body()).doesNotContain("jakarta.faces.ViewState");
    }
}
