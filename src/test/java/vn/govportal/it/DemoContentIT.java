package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.govportal.demo.DemoContent;

/** The portal loaded the demo department into its empty database at startup, once. */
@ExtendWith(ArquillianExtension.class)
class DemoContentIT {

    @ArquillianResource
    private URL base;

    @Test
    void demoDepartmentIsLoadedOnce() throws Exception {
        assertThat(Http.get(base, "/").body()).contains("Sở Ngoại vụ tỉnh Đồng Nai");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM site_settings")).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM article WHERE slug = ?", PublicContentIT.SEED_SLUG)).isEqualTo(1);
        long articles = TestDatabase.count("SELECT COUNT(*) FROM article");
        long notices = TestDatabase.count("SELECT COUNT(*) FROM notice");

        // What a restart does: the loader finds content and leaves the database alone.
        boolean loaded = new DemoContent(TestDataSources.portal()).loadIntoEmptyDatabase();

        assertThat(loaded).isFalse();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM site_settings")).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM article")).isEqualTo(articles);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM notice")).isEqualTo(notices);
    }

    @Test
    void footerShowsEveryAgencyDetail() {
        String home = Http.get(base, "/").body();
        String footer = home.substring(home.indexOf("<footer"));
        assertThat(footer)
                .contains("Sở Ngoại vụ tỉnh Đồng Nai")
                .contains("Chịu trách nhiệm chính: Bà Đặng Thanh Thủy - Giám đốc Sở")
                .contains("07 Võ Thị Sáu, P. Quyết Thắng, TP. Biên Hòa, tỉnh Đồng Nai")
                .contains("0251 3 842 619")
                .contains("0251 3 842 935")
                .contains("mailto:songoaivu@dongnai.gov.vn")
                .contains("Cơ quan chủ quản: Ủy ban nhân dân tỉnh Đồng Nai");
        assertThat(home).contains("Nhiệt liệt chào mừng 78 năm Ngày Cách mạng tháng Tám");
    }
}
