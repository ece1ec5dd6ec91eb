package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import vn.govportal.security.Role;

/**
 * An article's English version as staff write it: in its own tab of the article's form,
 * cleaned, kept in the revision, and on the English site once an editor publishes it.
 */
class EnglishEditingIT extends BrowserTestBase {

    @Test
    void anEditorWritesAndPublishesTheEnglishVersionInItsOwnTab() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long id = TestArticles.insert("Bài có bản tiếng Anh viết trong trang quản trị", "PUBLISHED", "admin", now, now.minusMinutes(5));
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.EDITOR));
        admin.open("/admin/articles/edit.xhtml?id=" + id);

        // The Vietnamese fields show first; the English ones are one tab away, from the keyboard too.
        assertThat(browser.findElement(By.id("article:title")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("article:titleEn")).isDisplayed()).isFalse();
        browser.findElement(By.id("tab-vi")).sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.findElement(By.id("tab-en")).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.findElement(By.id("article:titleEn")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("article:title")).isDisplayed()).isFalse();

        // A title without a text is refused: the English tab opens again with what was typed.
        admin.type(By.id("article:titleEn"), "An article given its English version in the console");
        admin.press("article:save");
        assertThat(browser.findElement(By.id("tab-en")).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.findElement(By.id("article:titleEn")).getAttribute("value"))
                .isEqualTo("An article given its English version in the console");
        assertThat(TestDatabase.strings("SELECT COALESCE(title_en, '') FROM article WHERE id = ?", id)).containsExactly("");

        admin.typeRichText("article:bodyEn", "The first paragraph in English.", "The second one.");
        browser.findElement(By.cssSelector("#article\\:englishPublished .ui-chkbox-box")).click();
        admin.press("article:save");

        List<String> stored = TestDatabase.strings("SELECT slug_en FROM article WHERE id = ? AND en_published = TRUE", id);
        assertThat(stored).hasSize(1);
        String englishSlug = stored.get(0);
        assertThat(englishSlug).isEqualTo("an-article-given-its-english-version-in-the-console");
        assertThat(Jsoup.parseBodyFragment(TestDatabase.strings("SELECT body_en FROM article WHERE id = ?", id).get(0)).select("body > p")
                .eachText()).containsExactly("The first paragraph in English.", "The second one.");
        // The revision keeps the English version with the Vietnamese one.
        assertThat(TestDatabase.strings("SELECT title_en FROM article_revision WHERE article_id = ?", id))
                .containsExactly("An article given its English version in the console");

        Thread.sleep(1500); // past the test server's page cache (govportal.cache.seconds=1)
        Document page = Jsoup.parse(Http.get(base, "/en/news/" + englishSlug).body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("An article given its English version in the console");
        assertThat(page.select(".article__body p").eachText()).containsExactly("The first paragraph in English.", "The second one.");

        // The list says which articles have an English version.
        admin.open("/admin/articles/");
        assertThat(browser.findElements(By.cssSelector("a[href$='id=" + id + "'] + .language-badge.is-published"))).hasSize(1);
    }
}
