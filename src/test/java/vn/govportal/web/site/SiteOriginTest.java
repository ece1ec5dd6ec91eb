package vn.govportal.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteOriginTest {

    @Test
    void aConfiguredAddressIsTakenWithoutItsTrailingSlash() {
        assertThat(SiteOrigin.checked("https://songoaivu.dongnai.gov.vn/")).isEqualTo("https://songoaivu.dongnai.gov.vn");
        assertThat(SiteOrigin.checked("http://127.0.0.1:8080/govportal")).isEqualTo("http://127.0.0.1:8080/govportal");
    }

    @Test
    void aBrokenAddressIsIgnored() {
        assertThat(SiteOrigin.checked("songoaivu.dongnai.gov.vn")).isNull();
        assertThat(SiteOrigin.checked("ftp://songoaivu.dongnai.gov.vn")).isNull();
        assertThat(SiteOrigin.checked("https://x.gov.vn/?a=b")).isNull();
        assertThat(SiteOrigin.checked("https://x.gov.vn/#top")).isNull();
        assertThat(SiteOrigin.checked("https://exa mple.vn")).isNull();
    }
}
