package vn.govportal.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SafeUrlsTest {

    @Test
    void webAddressesAndPathsOfTheSiteAreKept() {
        assertThat(SafeUrls.checked("url", " https://dichvucong.gov.vn/p/home ", 1000)).isEqualTo("https://dichvucong.gov.vn/p/home");
        assertThat(SafeUrls.checked("url", "/trang/lien-he", 1000)).isEqualTo("/trang/lien-he");
        assertThat(SafeUrls.checked("url", "  ", 1000)).isNull();
    }

    @Test
    void scriptsDataAndOtherSitesInDisguiseAreRefused() {
        for (String url : new String[] {"javascript:alert(1)", "data:text/html,x", "//evil.example", "/\\evil.example",
                "/trang/\nx", "http:/no-host", "ftp://files.example"}) {
            assertThatThrownBy(() -> SafeUrls.checked("url", url, 1000)).as(url).isInstanceOf(EditRefused.class)
                    .extracting("messageKey").isEqualTo("site.refused.url");
        }
    }

    @Test
    void tooLongIsSaidAsSuch() {
        assertThatThrownBy(() -> SafeUrls.checked("url", "https://x.vn/" + "a".repeat(100), 50))
                .extracting("messageKey").isEqualTo("article.refused.tooLong");
    }
}
