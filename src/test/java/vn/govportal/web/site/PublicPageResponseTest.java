package vn.govportal.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicPageResponseTest {

    private static final String CONFIGURED = "public, max-age=0, s-maxage=10, stale-while-revalidate=30";

    @Test
    void sharedCachesMayKeepPagesAsConfiguredOnceTheSitesAddressIsSet() {
        assertThat(PublicPageResponse.cacheControl(true, CONFIGURED)).isEqualTo(CONFIGURED);
    }

    @Test
    void withoutTheSitesAddressACacheMustAskEachTimeSoAForgedHostIsNeverPassedOn() {
        assertThat(PublicPageResponse.cacheControl(false, CONFIGURED)).isEqualTo("no-cache");
    }
}
