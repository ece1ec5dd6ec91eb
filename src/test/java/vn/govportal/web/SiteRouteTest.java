package vn.govportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteRouteTest {

    @Test
    void mapsPublicUrlsToTheirViews() {
        assertThat(SiteRoute.match("/")).hasValue(new SiteRoute.Match(SiteRoute.HOME, null));
        assertThat(SiteRoute.match("")).hasValue(new SiteRoute.Match(SiteRoute.HOME, null));
        assertThat(SiteRoute.match("/bai-viet/tang-cuong")).hasValue(new SiteRoute.Match(SiteRoute.ARTICLE, "tang-cuong"));
        assertThat(SiteRoute.match("/chuyen-muc/tin-hoat-dong")).hasValue(new SiteRoute.Match(SiteRoute.CATEGORY, "tin-hoat-dong"));
        assertThat(SiteRoute.match("/thong-bao")).hasValue(new SiteRoute.Match(SiteRoute.NOTICES, null));
        assertThat(SiteRoute.match("/thong-bao/lich-nghi-le")).hasValue(new SiteRoute.Match(SiteRoute.NOTICE, "lich-nghi-le"));
    }

    @Test
    void malformedSlugsNameNothing() {
        for (String path : new String[] {"/bai-viet/", "/bai-viet/Tang", "/bai-viet/a/b", "/bai-viet/%00", "/chuyen-muc/x%2Fy",
            "/thong-bao/", "/bai-viet/" + "a".repeat(300)}) {
            assertThat(SiteRoute.match(path)).as(path).hasValueSatisfying(m -> assertThat(m.notFound()).isTrue());
        }
    }

    @Test
    void leavesOtherAddressesToTheContainer() {
        assertThat(SiteRoute.match("/tep/1/a.pdf")).isEmpty();
        assertThat(SiteRoute.match("/jakarta.faces.resource/site.css.xhtml")).isEmpty();
        assertThat(SiteRoute.match("/admin/")).isEmpty();
        assertThat(SiteRoute.match("/bai-vietx")).isEmpty();
    }
}
