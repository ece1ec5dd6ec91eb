package vn.govportal.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.govportal.article.Article;
import vn.govportal.notice.Notice;

class PublicationTest {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    @Test
    void onlyPublishedItemsWhoseTimeHasComeArePublic() {
        Article article = new Article();
        assertThat(article.isPublicAt(NOW)).as("a new draft").isFalse();

        article.setStatus(PublicationStatus.PUBLISHED);
        assertThat(article.isPublicAt(NOW)).as("published without a time").isFalse();

        article.setPublishedAt(NOW.plusSeconds(60));
        assertThat(article.isPublicAt(NOW)).as("scheduled").isFalse();
        assertThat(article.isPublicAt(NOW.plusSeconds(60))).as("due").isTrue();

        article.setStatus(PublicationStatus.UNPUBLISHED);
        assertThat(article.isPublicAt(NOW.plusSeconds(120))).as("unpublished").isFalse();
        article.setStatus(PublicationStatus.AWAITING_REVIEW);
        assertThat(article.isPublicAt(NOW.plusSeconds(120))).as("awaiting review").isFalse();
    }

    @Test
    void noticesLeaveThePublicSiteWhenTheyExpire() {
        Notice notice = new Notice();
        notice.setStatus(PublicationStatus.PUBLISHED);
        notice.setPublishedAt(NOW.minusSeconds(3600));
        assertThat(notice.isPublicAt(NOW)).isTrue();

        notice.setExpiresAt(NOW.plusSeconds(60));
        assertThat(notice.isPublicAt(NOW)).isTrue();
        assertThat(notice.isPublicAt(NOW.plusSeconds(60))).isFalse();
    }
}
