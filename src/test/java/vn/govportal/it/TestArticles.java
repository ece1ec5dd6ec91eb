package vn.govportal.it;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Articles a test puts straight into the database, in the state it needs, in "Tin hoạt động". */
final class TestArticles {

    private TestArticles() {
    }

    /** A new article; {@code published} may be null. Returns its id. */
    static long insert(String title, String status, String owner, OffsetDateTime updated, OffsetDateTime published) throws Exception {
        String slug = "bai-kiem-thu-" + UUID.randomUUID().toString().substring(0, 12);
        long category = TestDatabase.count("SELECT id FROM category WHERE slug = 'tin-hoat-dong'");
        TestDatabase.update("INSERT INTO article (title, slug, lead_text, body, author, category_id, featured, status,"
                + " created_at, updated_at, version, owner) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, 0, ?)",
                title, slug, "Tóm tắt của bài kiểm thử.", "<p>Nội dung của bài kiểm thử.</p>", "Phòng Kiểm thử", category,
                status, updated, updated, owner);
        if (published != null) {
            TestDatabase.update("UPDATE article SET published_at = ? WHERE slug = ?", published, slug);
        }
        return TestDatabase.count("SELECT id FROM article WHERE slug = ?", slug);
    }

    static long insert(String title, String status, String owner) throws Exception {
        return insert(title, status, owner, OffsetDateTime.now(ZoneOffset.UTC), null);
    }

    static String slug(long id) throws Exception {
        return TestDatabase.strings("SELECT slug FROM article WHERE id = ?", id).get(0);
    }

    static String status(long id) throws Exception {
        return TestDatabase.strings("SELECT status FROM article WHERE id = ?", id).get(0);
    }
}
