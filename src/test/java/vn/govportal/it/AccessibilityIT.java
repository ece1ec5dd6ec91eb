package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import vn.govportal.security.Role;

/**
 * Deque's axe-core, in the browser, on every page type of the public site and the console, in
 * both languages of the console and at a phone's and a desktop's width: no violation of the
 * WCAG 2.1 A and AA rules (and axe's best practices) on any of them.
 */
class AccessibilityIT extends BrowserTestBase {

    private static final String SEED = "/bai-viet/tang-cuong-tuyen-truyen-cong-tac-cai-cach-hanh-chinh-tren-dia-ban-tinh";

    /** What axe found on the page the browser shows, one line per rule and element. */
    private String violations() {
        Results results = new AxeBuilder().analyze(browser);
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(node -> found.add(rule.getId() + " " + node.getTarget() + ": " + rule.getHelp()));
        }
        return String.join("\n", found);
    }

    private void check(String path, List<String> problems) {
        browser.get(url(path));
        String found = violations();
        if (!found.isEmpty()) {
            problems.add(path + " (" + browser.manage().window().getSize().getWidth() + " px)\n" + found);
        }
    }

    @Test
    void everyPublicPageTypeHasNoViolation() throws Exception {
        String notice = TestDatabase.strings("SELECT slug FROM notice WHERE status = 'PUBLISHED' AND published_at < ?",
                OffsetDateTime.now(ZoneOffset.UTC)).get(0);
        String english = "/en/news/" + TestDatabase.strings("SELECT slug_en FROM article WHERE slug = ?", SEED.substring(10)).get(0);
        String englishNotice = "/en/notices/" + TestDatabase.strings("SELECT slug_en FROM notice WHERE en_published = TRUE").get(0);
        List<String> problems = new ArrayList<>();
        for (Dimension size : List.of(new Dimension(1280, 1000), new Dimension(360, 800))) {
            browser.manage().window().setSize(size);
            for (String path : List.of("/", "/chuyen-muc/tin-hoat-dong", "/chuyen-muc/tin-hoat-dong?trang=2", SEED,
                    "/thong-bao", "/thong-bao/" + notice, "/bai-viet/khong-ton-tai", "/login.xhtml",
                    "/en/", "/en/category/international-cooperation", english, "/en/notices", englishNotice, "/en/news/not-there",
                    "/tim-kiem?q=cai+cach+hanh+chinh", "/tim-kiem", "/en/search?q=administrative+reform",
                    "/van-ban", "/van-ban?loai=ke-hoach&hieu-luc=het-hieu-luc", "/van-ban/1376-kh-ubnd", "/van-ban/76-2010-qd-ttg",
                    "/en/documents", "/en/documents/58-2022-nd-cp",
                    "/hoi-dap", "/hoi-dap/thu-tuc-hop-phap-hoa-lanh-su-giay-to-cua-doanh-nghiep", "/en/questions",
                    "/trang/lanh-dao-so", "/en/pages/contact", "/thu-tuc-hanh-chinh", "/en/procedures")) {
                check(path, problems);
            }
        }
        assertThat(problems).as(() -> problems.stream().collect(Collectors.joining("\n\n"))).isEmpty();
    }

    @Test
    void everyConsolePageTypeHasNoViolationInEitherLanguage() throws Exception {
        long article = Long.parseLong(TestDatabase.strings("SELECT id FROM article WHERE slug = ?", SEED.substring(10)).get(0));
        long notice = Long.parseLong(TestDatabase.strings("SELECT MIN(id) FROM notice").get(0));
        long document = Long.parseLong(TestDatabase.strings("SELECT id FROM legal_document WHERE slug = '76-2010-qd-ttg'").get(0));
        long question = Long.parseLong(TestDatabase.strings("SELECT MIN(id) FROM question").get(0));
        long page = Long.parseLong(TestDatabase.strings("SELECT id FROM site_page WHERE slug = 'lanh-dao-so'").get(0));
        long procedure = Long.parseLong(TestDatabase.strings("SELECT MIN(id) FROM admin_procedure").get(0));
        List<String> pages = List.of("/admin/", "/admin/articles/", "/admin/articles/edit.xhtml",
                "/admin/articles/edit.xhtml?id=" + article, "/admin/articles/revisions.xhtml?id=" + article,
                "/admin/notices/", "/admin/notices/edit.xhtml", "/admin/notices/edit.xhtml?id=" + notice, "/admin/media/",
                "/admin/documents/", "/admin/documents/edit.xhtml", "/admin/documents/edit.xhtml?id=" + document,
                "/admin/questions/", "/admin/questions/edit.xhtml?id=" + question,
                "/admin/pages/", "/admin/pages/edit.xhtml?id=" + page, "/admin/site/menu.xhtml",
                "/admin/procedures/", "/admin/procedures/edit.xhtml?id=" + procedure,
                "/admin/site/ticker.xhtml", "/admin/site/links.xhtml", "/admin/site/categories.xhtml", "/admin/users/",
                "/admin/settings/", "/admin/audit/", "/admin/account/password.xhtml", "/admin/backup/");
        pages().signIn(TestStaff.create(Role.ADMIN));
        List<String> problems = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            browser.get(url("/admin/?hl=" + language));
            for (Dimension size : List.of(new Dimension(1280, 1000), new Dimension(360, 800))) {
                browser.manage().window().setSize(size);
                for (String path : pages) {
                    check(path, problems);
                }
            }
            // A form that shows its error messages.
            browser.get(url("/admin/articles/edit.xhtml"));
            pages().press("article:save");
            String found = violations();
            if (!found.isEmpty()) {
                problems.add("article form with errors (" + language + ")\n" + found);
            }
            assertThat(browser.findElements(By.cssSelector(".ui-message-error"))).as("the form shows its errors").isNotEmpty();
        }
        assertThat(problems).as(() -> problems.stream().collect(Collectors.joining("\n\n"))).isEmpty();
    }
}
