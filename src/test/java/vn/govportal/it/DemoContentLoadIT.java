package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.govportal.database.Migrations;
import vn.govportal.demo.DemoContent;

/** The migrations and the demo loader on a database of their own, from empty. */
class DemoContentLoadIT {

    @Test
    void loadsIntoAnEmptyDatabaseOnlyOnce() throws Exception {
        DataSource ds = TestDataSources.forUrl("jdbc:h2:mem:demo-" + System.nanoTime() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1", "sa", "");
        Migrations.migrate(ds);

        assertThat(new DemoContent(ds).loadIntoEmptyDatabase()).isTrue();
        assertThat(count(ds, "article")).isEqualTo(39);
        assertThat(count(ds, "category")).isEqualTo(7);
        assertThat(count(ds, "notice")).isEqualTo(7);
        assertThat(count(ds, "site_page WHERE status = 'PUBLISHED' AND en_published = TRUE")).isEqualTo(4);
        assertThat(count(ds, "site_page_revision")).isEqualTo(4);
        assertThat(count(ds, "admin_procedure WHERE published = TRUE")).isEqualTo(6);
        // The demo's own menus replace the default one: a parent for each group, the footer's links.
        assertThat(count(ds, "menu_item WHERE menu = 'MAIN' AND parent_id IS NULL")).isEqualTo(7);
        assertThat(count(ds, "menu_item WHERE menu = 'FOOTER'")).isEqualTo(6);

        assertThat(new DemoContent(ds).loadIntoEmptyDatabase()).isFalse();
        assertThat(count(ds, "article")).isEqualTo(39);
        assertThat(count(ds, "site_settings")).isEqualTo(1);
        assertThat(count(ds, "media_file WHERE original_id IS NULL")).isEqualTo(10);
        // Each 960-pixel demo photo also gets its 480-pixel copy for lists.
        assertThat(count(ds, "media_file WHERE variant = 'w480'")).isEqualTo(6);
        // Each featured image and attachment is recorded as used by its item, so it is public exactly while the item is.
        assertThat(count(ds, "media_use WHERE item_type = 'ARTICLE'")).isPositive()
                .isEqualTo(count(ds, "article WHERE featured_image_id IS NOT NULL"));
        assertThat(count(ds, "media_use WHERE item_type = 'NOTICE'")).isPositive()
                .isEqualTo(count(ds, "notice WHERE attachment_id IS NOT NULL"));
    }

    private static long count(DataSource ds, String table) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
