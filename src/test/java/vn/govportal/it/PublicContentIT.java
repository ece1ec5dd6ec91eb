package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Only published content whose publish time has come reaches visitors. */
@ExtendWith(ArquillianExtension.class)
class PublicContentIT {

    static final String SEED_SLUG = "tang-cuong-tuyen-truyen-cong-tac-cai-cach-hanh-chinh-tren-dia-ban-tinh";

    @ArquillianResource
    private URL base;

    @Test
    void seedArticleShowsTitleDatelineLeadBodyAndAuthor() {
        HttpResponse<String> page = Http.get(base, "/bai-viet/" + SEED_SLUG);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1 class=\"article__title\">Tăng cường tuyên truyền công tác cải cách hành chính trên địa bàn tỉnh</h1>")
                .contains(">GMT+7 18 - 11 - 2026</time>")
                .contains("Ngày 04/02/2020, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 1376/KH-UBND")
                .contains("Nhằm mục đích nâng cao nhận thức")
                .contains("Hoài Thu</p>");
    }

    @Test
    void articlesThatAreNotPublishedOrNotYetDueAreNotFound() throws Exception {
        List<String> hidden = TestDatabase.strings("SELECT slug FROM article WHERE status <> 'PUBLISHED'"
                + " OR published_at IS NULL OR published_at > ?", OffsetDateTime.now(ZoneOffset.UTC));
        assertThat(hidden).as("demo content has drafts, an unpublished and a scheduled article").hasSizeGreaterThanOrEqualTo(4);

        String home = Http.get(base, "/").body();
        for (String slug : hidden) {
            assertThat(Http.get(base, "/bai-viet/" + slug).statusCode()).as(slug).isEqualTo(404);
            assertThat(home).doesNotContain(slug);
        }
        for (String category : TestDatabase.strings("SELECT slug FROM category")) {
            String list = Http.get(base, "/chuyen-muc/" + category).body();
            hidden.forEach(slug -> assertThat(list).doesNotContain(slug));
        }
    }

    @Test
    void scheduledArticleIsPublishedByTheServerOnceItsTimeComes() throws Exception {
        String slug = "bai-hen-gio-" + System.nanoTime();
        Instant due = Instant.now().plusSeconds(6);
        insertArticle(slug, "SCHEDULED", due);
        try {
            assertThat(Http.get(base, "/bai-viet/" + slug).statusCode()).isEqualTo(404);
            assertThat(Http.get(base, "/chuyen-muc/tin-hoat-dong").body()).doesNotContain(slug);

            int status = 404;
            Instant deadline = due.plus(Duration.ofSeconds(30));
            while (status != 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                status = Http.get(base, "/bai-viet/" + slug).statusCode();
            }
            assertThat(status).isEqualTo(200);
            assertThat(Instant.now()).isAfterOrEqualTo(due);
            assertThat(Http.get(base, "/chuyen-muc/tin-hoat-dong").body()).contains("/bai-viet/" + slug);

            Thread.sleep(3000); // several more scheduler runs: the change must still have happened once
            assertThat(TestDatabase.strings("SELECT CONCAT(from_status, '>', to_status) FROM article_transition"
                    + " WHERE article_id = (SELECT id FROM article WHERE slug = ?)", slug)).containsExactly("SCHEDULED>PUBLISHED");
        } finally {
            TestDatabase.update("DELETE FROM article WHERE slug = ?", slug);
        }
    }

    @Test
    void anArticleDueToComeDownIsUnpublishedByTheServerOnce() throws Exception {
        String slug = "bai-hen-go-" + System.nanoTime();
        insertArticle(slug, "PUBLISHED", Instant.now().minusSeconds(3600));
        Instant due = Instant.now().plusSeconds(4);
        TestDatabase.update("UPDATE article SET unpublish_at = ? WHERE slug = ?", due.atOffset(ZoneOffset.UTC), slug);
        try {
            assertThat(Http.get(base, "/bai-viet/" + slug).statusCode()).isEqualTo(200);

            Instant deadline = due.plus(Duration.ofSeconds(30));
            while (TestDatabase.strings("SELECT status FROM article WHERE slug = ?", slug).contains("PUBLISHED")
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertThat(TestDatabase.strings("SELECT status FROM article WHERE slug = ?", slug)).containsExactly("UNPUBLISHED");
            assertThat(Http.get(base, "/bai-viet/" + slug).statusCode()).isEqualTo(404);

            Thread.sleep(3000); // several more scheduler runs: the change must still have happened once
            assertThat(TestDatabase.strings("SELECT CONCAT(from_status, '>', to_status) FROM article_transition"
                    + " WHERE article_id = (SELECT id FROM article WHERE slug = ?)", slug)).containsExactly("PUBLISHED>UNPUBLISHED");
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'ARTICLE_UNPUBLISHED'"
                    + " AND target_id = (SELECT id FROM article WHERE slug = ?)", slug)).isEqualTo(1);
        } finally {
            TestDatabase.update("DELETE FROM article WHERE slug = ?", slug);
        }
    }

    @Test
    void publishedItemsWhoseTimeHasNotComeOrHasPassedAreNotShown() throws Exception {
        String future = "bai-chua-den-gio-" + System.nanoTime();
        String ended = "bai-da-go-" + System.nanoTime();
        String notice = "thong-bao-chua-den-gio-" + System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // Status PUBLISHED but a publish time an hour ahead: only the time keeps it hidden.
        insertArticle(future, "PUBLISHED", now.plusHours(1).toInstant());
        // Published yesterday, due to come down a minute ago: hidden even before the scheduler runs.
        insertArticle(ended, "PUBLISHED", now.minusDays(1).toInstant());
        TestDatabase.update("UPDATE article SET unpublish_at = ? WHERE slug = ?", now.minusMinutes(1), ended);
        TestDatabase.update("INSERT INTO notice (title, slug, summary, body, status, published_at, created_at,"
                + " updated_at, version) VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, 0)",
                "Thông báo chưa đến giờ", notice, "Tóm tắt", "<p>Nội dung</p>", now.plusHours(1), now, now);
        try {
            Thread.sleep(1500); // past the test server's page cache (govportal.cache.seconds=1)
            for (String slug : List.of(future, ended)) {
                assertThat(Http.get(base, "/bai-viet/" + slug).statusCode()).as(slug).isEqualTo(404);
                assertThat(Http.get(base, "/").body()).as(slug).doesNotContain(slug);
                assertThat(Http.get(base, "/chuyen-muc/tin-hoat-dong").body()).as(slug).doesNotContain(slug);
            }
            assertThat(Http.get(base, "/thong-bao/" + notice).statusCode()).isEqualTo(404);
            assertThat(Http.get(base, "/thong-bao").body()).doesNotContain(notice);
            assertThat(Http.get(base, "/").body()).as("notices sidebar").doesNotContain(notice);
        } finally {
            TestDatabase.update("DELETE FROM article WHERE slug IN (?, ?)", future, ended);
            TestDatabase.update("DELETE FROM notice WHERE slug = ?", notice);
        }
    }

    @Test
    void draftAndExpiredNoticesAreNotFound() throws Exception {
        List<String> drafts = TestDatabase.strings("SELECT slug FROM notice WHERE status <> 'PUBLISHED'");
        assertThat(drafts).isNotEmpty();
        drafts.forEach(slug -> assertThat(Http.get(base, "/thong-bao/" + slug).statusCode()).isEqualTo(404));

        String slug = "thong-bao-het-han-" + System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TestDatabase.update("INSERT INTO notice (title, slug, summary, body, status, published_at, expires_at, created_at,"
                + " updated_at, version) VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, 0)",
                "Thông báo đã hết hạn", slug, "Tóm tắt", "<p>Nội dung</p>", now.minusDays(10), now.minusDays(1), now, now);
        try {
            assertThat(Http.get(base, "/thong-bao/" + slug).statusCode()).isEqualTo(404);
            assertThat(Http.get(base, "/thong-bao").body()).doesNotContain(slug);
        } finally {
            TestDatabase.update("DELETE FROM notice WHERE slug = ?", slug);
        }
    }

    @Test
    void noticePageLinksItsAttachmentWhichDownloadsAsPdf() throws Exception {
        String slug = TestDatabase.strings("SELECT n.slug FROM notice n WHERE n.status = 'PUBLISHED'"
                + " AND n.attachment_id IS NOT NULL ORDER BY n.id").get(0);
        String page = Http.get(base, "/thong-bao/" + slug).body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"[^\"]*(/tep/\\d+/[^\"]+\\.pdf)\"").matcher(page);
        assertThat(link.find()).as("attachment link on " + slug).isTrue();

        HttpResponse<String> file = Http.get(base, link.group(1));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        // A PDF opens in the browser's own viewer, framed only by the portal's pages.
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("inline"));
        assertThat(file.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'self'"));
        assertThat(file.body()).startsWith("%PDF");
    }

    @Test
    void listsShowScaledImagesAndTheArticlePageALargerOne() throws Exception {
        String category = Http.get(base, "/chuyen-muc/tin-hoat-dong").body();
        java.util.regex.Matcher small = java.util.regex.Pattern.compile("src=\"[^\"]*(/tep/\\d+/[^\"?]+\\?w=480)\"").matcher(category);
        assertThat(small.find()).isTrue();
        HttpResponse<String> scaled = Http.get(base, small.group(1));
        HttpResponse<String> original = Http.get(base, small.group(1).replace("?w=480", ""));
        assertThat(scaled.statusCode()).isEqualTo(200);
        assertThat(scaled.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(scaled.headers().firstValueAsLong("Content-Length").orElseThrow())
                .isLessThan(original.headers().firstValueAsLong("Content-Length").orElseThrow());
        assertThat(Http.get(base, "/bai-viet/" + SEED_SLUG).body()).containsPattern("/tep/\\d+/cai-cach\\.jpg\\?w=960");
    }

    static void insertArticle(String slug, String status, Instant publishedAt) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long category = TestDatabase.count("SELECT id FROM category WHERE slug = 'tin-hoat-dong'");
        TestDatabase.update("INSERT INTO article (title, slug, lead_text, body, author, category_id, featured, status,"
                + " published_at, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, 0)",
                "Bài hẹn giờ " + slug, slug, "Tóm tắt bài hẹn giờ", "<p>Nội dung</p>", "Kiểm thử", category, status,
                publishedAt.atOffset(ZoneOffset.UTC), now, now);
    }
}
