package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import vn.govportal.publishing.XssCorpus;
import vn.govportal.security.Role;

/**
 * Whatever an editor's browser posts as an article's text, the server stores and publishes only
 * clean markup: the known XSS payloads are posted as the body directly, past the rich-text
 * editor (as a crafted request would), next to the markup articles use.
 */
class SanitisedBodyIT extends BrowserTestBase {

    private static final String KEPT = "<h2>Mục tiêu</h2><p>Văn bản <strong>đậm</strong> và"
            + " <a href=\"https://dongnai.gov.vn\" rel=\"noopener noreferrer\">Cổng tỉnh</a>.</p><ul><li>Một</li></ul>";

    @Test
    void theKnownPayloadsAreRemovedAndArticleMarkupKept() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.EDITOR));
        long id = admin.writeArticle("Bài thử mã độc " + UUID.randomUUID().toString().substring(0, 6));

        StringBuilder body = new StringBuilder(KEPT);
        for (String payload : XssCorpus.payloads()) {
            body.append("<p>Trước</p>").append(payload).append("<p>Sau</p>");
        }
        admin.postBodyAsIs("article:body", body.toString());
        admin.press("article:save");
        admin.press("article:publish");

        String stored = TestDatabase.strings("SELECT body FROM article WHERE id = ?", id).get(0);
        XssCorpus.assertHarmless(stored);
        assertThat(stored).startsWith(KEPT);

        String slug = TestDatabase.strings("SELECT slug FROM article WHERE id = ?", id).get(0);
        String page = Http.get(base, "/bai-viet/" + slug).body();
        assertThat(page).contains(KEPT).doesNotContain("<script>alert").doesNotContain("onerror=")
                .doesNotContain("javascript:alert").doesNotContain("evil.example");
    }
}
