package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.govportal.security.Role;

/**
 * Search on the public site: it follows every change staff make, finds only what is public, and
 * loses nothing a crash would leave between a change and the index.
 */
class SearchIT extends BrowserTestBase {

    private static final Random RANDOM = new Random();
    /** Long enough for the index to apply a change on any database here; a change usually shows within a second. */
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    /** A word no demo text holds, so that a search for it finds exactly the test's item. */
    private static String word() {
        StringBuilder word = new StringBuilder("kt");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private Document results(String language, String query) {
        String path = ("en".equals(language) ? "/en/search" : "/tim-kiem") + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        var response = Http.get(base, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private List<String> titles(String query) {
        return results("vi", query).select(".search-result__title").eachText();
    }

    private void awaitTitles(String query, java.util.function.Predicate<List<String>> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> found = titles(query);
        while (!condition.test(found) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = titles(query);
        }
        assertThat(condition.test(found)).as(what + " for «" + query + "», found " + found).isTrue();
    }

    @Test
    void resultsFollowPublishingEditingUnpublishingAndDeleting() throws Exception {
        String first = word();
        String second = word();
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.EDITOR));
        long id = admin.writeArticle("Khảo sát mức độ hài lòng " + first);
        try {
            // A draft is in the index for staff, never in a visitor's results.
            Thread.sleep(1500);
            assertThat(titles(first)).isEmpty();

            admin.press("article:publish");
            awaitTitles(first, found -> found.equals(List.of("Khảo sát mức độ hài lòng " + first)), "the published article");
            Document page = results("vi", "khao sat muc do hai long " + first);
            assertThat(page.select(".search-result__title mark").eachText()).contains("Khảo", "sát", "mức", "độ", "hài", "lòng");

            admin.open("/admin/articles/edit.xhtml?id=" + id);
            admin.type(By.id("article:title"), "Khảo sát mức độ hài lòng " + second);
            admin.press("article:save");
            awaitTitles(second, found -> found.size() == 1, "the edited title");
            assertThat(titles(first)).as("the old title is gone with the edit").isEmpty();

            admin.open("/admin/articles/edit.xhtml?id=" + id);
            admin.press("article:unpublish");
            awaitTitles(second, List::isEmpty, "nothing once unpublished");

            admin.open("/admin/articles/");
            admin.type(By.id("articles:text"), second);
            Browsers.clickAndWaitForAjax(browser, By.id("articles:apply"));
            browser.findElement(By.cssSelector("tr[data-rk='" + id + "'] td.ui-selection-column .ui-chkbox-box")).click();
            browser.findElement(By.id("articles:bulkDelete")).click();
            By yes = By.cssSelector(".ui-confirmdialog-yes");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(yes));
            Browsers.clickAndWaitForAjax(browser, yes);
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM article WHERE id = ?", id)).isZero();
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM search_change WHERE item_type = 'article' AND item_id = ?", id))
                    .as("each change logged for every instance's index").isGreaterThanOrEqualTo(4);
            awaitTitles(second, List::isEmpty, "nothing once deleted");
        } finally {
            TestDatabase.update("DELETE FROM article WHERE id = ?", id);
        }
    }

    @Test
    void aScheduledArticleIsFoundOnceTheSchedulerPublishesIt() throws Exception {
        String word = word();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long id = TestArticles.insert("Lịch tiếp công dân định kỳ " + word, "SCHEDULED", "admin", now, now.plusSeconds(2));
        try {
            assertThat(titles(word)).isEmpty();
            awaitTitles(word, found -> found.size() == 1, "the article its schedule published");
            assertThat(TestArticles.status(id)).isEqualTo("PUBLISHED");
        } finally {
            TestDatabase.update("DELETE FROM article WHERE id = ?", id);
        }
    }

    @Test
    void aChangeCommittedWithoutReachingTheIndexIsAppliedFromTheLog() throws Exception {
        // As if the instance that committed these had died before updating its index: the rows and their log entries only.
        String word = word();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long published = TestArticles.insert("Hội nghị xúc tiến đầu tư " + word, "PUBLISHED", "admin", now, now.minusMinutes(1));
        long draft = TestArticles.insert("Bản nháp xúc tiến đầu tư " + word, "DRAFT", "admin", now, null);
        try {
            for (long id : new long[] {published, draft}) {
                TestDatabase.update("INSERT INTO search_change (item_type, item_id, changed_at) VALUES ('article', ?, ?)", id, now);
            }
            awaitTitles(word, found -> found.equals(List.of("Hội nghị xúc tiến đầu tư " + word)), "the logged change, and never the draft");
        } finally {
            TestDatabase.update("DELETE FROM article WHERE id IN (?, ?)", published, draft);
        }
    }

    @Test
    void aVisitorSearchesWithoutMarksFromTheHeaderAndOpensAResult() {
        browser.get(url("/"));
        var box = browser.findElement(By.id("site-search-words"));
        box.sendKeys("tang cuong tuyen truyen cai cach hanh chinh", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-result")));
        assertThat(browser.getCurrentUrl()).contains("/tim-kiem?q=");
        var first = browser.findElement(By.cssSelector(".search-result__title a"));
        assertThat(first.getText()).startsWith("Tăng cường tuyên truyền công tác cải cách hành chính");
        assertThat(browser.findElements(By.cssSelector(".search-result__title mark")).stream().map(e -> e.getText()).toList())
                .contains("Tăng", "cường", "tuyên", "truyền", "cải", "cách", "hành", "chính");
        first.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/bai-viet/"));
        assertThat(browser.findElement(By.tagName("h1")).getAttribute("textContent").strip()).startsWith("Tăng cường tuyên truyền");
    }

    @Test
    void theEnglishSiteSearchesTheEnglishVersions() {
        browser.get(url("/en/"));
        browser.findElement(By.id("site-search-words")).sendKeys("administrative reform", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-result")));
        assertThat(browser.getCurrentUrl()).contains("/en/search?q=");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        // The first piece of news among the results (documents of the register are found too).
        var first = browser.findElement(By.cssSelector(".search-result__title a[href*='/en/news/']"));
        assertThat(browser.findElements(By.cssSelector(".search-result mark")).stream().map(e -> e.getText().toLowerCase()).toList())
                .contains("administrative", "reform");
        first.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/en/news/"));
    }

    @Test
    void badQueriesGetAPageNeverAnError() {
        for (String query : List.of("", "   ", "\u0001\u0002", "\"", "*", "AND OR", "title:", "\\",
                "<script>alert(1)</script>")) {
            var response = Http.get(base, "/tim-kiem?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&trang=99999999999");
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(response.body()).doesNotContain("<script>alert(1)</script>");
        }
        for (String filters : List.of("loai=khong-co", "chuyen-muc=khong-co", "tu-ngay=2026-13-45", "den-ngay=hom-qua",
                "trang=-1", "trang=abc", "tu-ngay=2026-12-31&den-ngay=2026-01-01")) {
            var response = Http.get(base, "/tim-kiem?q=doi+ngoai&" + filters);
            assertThat(response.statusCode()).as(filters).isEqualTo(200);
        }
        // Long addresses over plain HTTP/1.1, as browsers send them: words past 500 characters are
        // not read; an address longer than the server takes at all is refused by it, not an error.
        assertThat(Http.raw(base, "/tim-kiem?q=doi+ngoai+" + "x".repeat(7_000)).statusCode()).isEqualTo(200);
        assertThat(Http.raw(base, "/tim-kiem?q=" + "x".repeat(10_000)).statusCode()).isEqualTo(400);
        for (String raw : List.of("%ED%A0%80", "%FF%FE", "%00", "%C0%AF", "%22%22%22", "%5C%5C")) {
            // Bytes that are not UTF-8 text: a page, or the guard's clear refusal of the address; never a 500.
            assertThat(Http.get(base, "/tim-kiem?q=" + raw).statusCode()).as(raw).isIn(200, 400);
        }
        Document page = Jsoup.parse(Http.get(base, "/tim-kiem?q=doi+ngoai&loai=khong-co").body());
        assertThat(page.select(".search-note").text()).contains("Loại nội dung");
        assertThat(page.select(".search-result")).isNotEmpty();
    }

    @Test
    void staffFindANameWrittenApartAndWordsWithoutMarksInTheConsoleLists() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.EDITOR));
        for (String typed : List.of("chung cheong", "chungcheong nam", "dao tao nguon nhan luc")) {
            admin.open("/admin/articles/");
            admin.type(By.id("articles:text"), typed);
            Browsers.clickAndWaitForAjax(browser, By.id("articles:apply"));
            assertThat(browser.findElement(By.id("articles:table")).getText()).as(typed)
                    .contains("Thúc đẩy hợp tác đào tạo nguồn nhân lực với tỉnh Chungcheongnam");
        }

        String word = word();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TestDatabase.update("INSERT INTO notice (title, slug, summary, body, status, published_at, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, 'DRAFT', NULL, ?, ?, 0)", "Thông báo tuyển dụng viên chức " + word, "tb-" + word,
                "Tóm tắt", "<p>Nội dung về kỳ xét tuyển đặc biệt</p>", now, now);
        long id = TestDatabase.count("SELECT id FROM notice WHERE slug = ?", "tb-" + word);
        try {
            TestDatabase.update("INSERT INTO search_change (item_type, item_id, changed_at) VALUES ('notice', ?, ?)", id, now);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            String table;
            do {
                admin.open("/admin/notices/");
                admin.type(By.id("notices:text"), "ky xet tuyen dac biet");
                Browsers.clickAndWaitForAjax(browser, By.id("notices:apply"));
                table = browser.findElement(By.id("notices:table")).getText();
            } while (!table.contains(word) && System.nanoTime() < deadline);
            assertThat(table).as("a draft notice found by words of its text, typed without marks").contains("Thông báo tuyển dụng viên chức " + word);
            assertThat(table).as("every word must match, not some").doesNotContain("Thông báo kết quả xét tuyển");
        } finally {
            TestDatabase.update("DELETE FROM notice WHERE id = ?", id);
        }
    }
}
