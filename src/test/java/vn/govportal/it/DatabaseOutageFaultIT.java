package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.govportal.security.Role;

/**
 * The database server is stopped and started again under the running portal, while visitors
 * and staff keep using it. Runs only where {@code .ci/run} can stop the database (the
 * PostgreSQL pass): it passes the commands in {@code it.fault.db-stop} and {@code it.fault.db-start}.
 */
class DatabaseOutageFaultIT extends BrowserTestBase {

    private static final String OUTAGE_MESSAGE = "Không kết nối được cơ sở dữ liệu nên việc này chưa thực hiện được";

    @Test
    void visitorsGetTheMaintenancePageDuringAnOutageAndPagesAgainWithoutARestart() throws Exception {
        String cachedPage = "/thong-bao";
        assertThat(Http.get(base, cachedPage).statusCode()).isEqualTo(200);
        long visitsBefore = TestDatabase.count("SELECT COALESCE(SUM(visits), 0) FROM visit_day");
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong slowest = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(4);
        try (DatabaseSwitch database = new DatabaseSwitch()) {
            // Requests keep coming while the database goes away and comes back: none may fail with an error.
            for (int i = 0; i < 4; i++) {
                int worker = i;
                load.submit(() -> {
                    while (running.get()) {
                        Instant sent = Instant.now();
                        int status = Http.get(base, worker % 2 == 0 ? "/" : "/chuyen-muc/tin-hoat-dong?trang=2").statusCode();
                        slowest.accumulateAndGet(Duration.between(sent, Instant.now()).toMillis(), Math::max);
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    }
                    return null;
                });
            }
            database.stop();

            HttpResponse<String> uncached = Http.get(base, "/bai-viet/khong-co-trong-bo-nho-" + UUID.randomUUID());
            assertThat(uncached.statusCode()).isEqualTo(503);
            assertThat(uncached.headers().firstValue("Retry-After")).isPresent();
            assertThat(uncached.body()).contains("Hệ thống đang tạm thời gián đoạn");
            // A page kept from before the outage is still served, and its visits (told by its script) still counted.
            for (int i = 0; i < 5; i++) {
                assertThat(Http.get(base, cachedPage, "outage-visitor-" + i).statusCode()).isEqualTo(200);
                assertThat(Http.post(base, "/luot-truy-cap", "outage-visitor-" + i).statusCode()).isEqualTo(200);
            }

            database.start();
            waitForRecovery();
            assertThat(Http.get(base, "/bai-viet/tang-cuong-tuyen-truyen-cong-tac-cai-cach-hanh-chinh-tren-dia-ban-tinh").statusCode())
                    .as("the portal serves pages again by itself").isEqualTo(200);
        } finally {
            running.set(false);
            load.shutdown();
            load.awaitTermination(60, TimeUnit.SECONDS);
        }
        assertThat(statuses.keySet()).as("answers while the database went away and came back: %s", statuses)
                .allMatch(status -> status == 200 || status == 503);
        assertThat(slowest.get()).as("no request waited on the dead database for long").isLessThan(10_000);
        // The visits counted during the outage reach the database once it is back.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                return TestDatabase.count("SELECT COALESCE(SUM(visits), 0) FROM visit_day") >= visitsBefore + 5;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void aSaveDuringTheOutageKeepsTheTextAndSucceedsWhenRetried() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.EDITOR));
        long id = admin.writeArticle("Bài lưu khi mất cơ sở dữ liệu " + UUID.randomUUID().toString().substring(0, 6));
        String title = "Tiêu đề gõ trong lúc mất kết nối " + UUID.randomUUID().toString().substring(0, 6);
        try (DatabaseSwitch database = new DatabaseSwitch()) {
            admin.open("/admin/articles/edit.xhtml?id=" + id);
            admin.type(By.id("article:title"), title);
            admin.typeBody("Đoạn gõ trong lúc mất kết nối.");
            database.stop();

            admin.press("article:save");
            assertThat(browser.getPageSource()).contains(OUTAGE_MESSAGE);
            assertThat(browser.findElement(By.id("article:title")).getAttribute("value")).isEqualTo(title);
            assertThat(editorText()).contains("Đoạn gõ trong lúc mất kết nối.");

            database.start();
            waitForRecovery();
            admin.press("article:save");
        }
        assertThat(admin.messages()).doesNotContain(OUTAGE_MESSAGE);
        assertThat(TestDatabase.strings("SELECT title FROM article WHERE id = ?", id)).containsExactly(title);
        assertThat(TestDatabase.strings("SELECT body FROM article WHERE id = ?", id).get(0)).contains("Đoạn gõ trong lúc mất kết nối.");
    }

    @Test
    void textTypedBeforeGoingBackAndSavingAgainDuringTheOutageIsOfferedBack() throws Exception {
        AdminPages admin = pages();
        admin.signIn(TestStaff.create(Role.EDITOR));
        long id = admin.writeArticle("Bài quay lại khi mất cơ sở dữ liệu " + UUID.randomUUID().toString().substring(0, 6));
        String title = "Tiêu đề gõ rồi quay lại " + UUID.randomUUID().toString().substring(0, 6);
        try (DatabaseSwitch database = new DatabaseSwitch()) {
            admin.open("/admin/articles/edit.xhtml?id=" + id);
            admin.type(By.id("article:title"), title);
            admin.typeBody("Đoạn gõ rồi quay lại.");
            database.stop();
            admin.press("article:save");
            assertThat(browser.getPageSource()).contains(OUTAGE_MESSAGE);

            // Back to the editor as it was opened, then a second save while the database is still away.
            browser.navigate().back();
            waitForPage();
            if (admin.has(By.id("article:save"))) {
                admin.press("article:save");
            }
            database.start();
            waitForRecovery();
        }
        admin.open("/admin/articles/edit.xhtml?id=" + id);
        waitForPage();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> admin.has(By.id("article-draft-restore")));
        browser.findElement(By.id("article-draft-restore")).click();
        assertThat(browser.findElement(By.id("article:title")).getAttribute("value")).isEqualTo(title);
        assertThat(editorText()).contains("Đoạn gõ rồi quay lại.");
        admin.press("article:save");
        assertThat(TestDatabase.strings("SELECT title FROM article WHERE id = ?", id)).containsExactly(title);
    }

    private String editorText() {
        return pages().richText("article:body");
    }

    private void waitForPage() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Waits until the portal reads its database again: an address it never kept a copy of answers
     * its own "not found" instead of the maintenance page.
     */
    private void waitForRecovery() {
        assertThat(answersWithin(Duration.ofSeconds(60), "/bai-viet/kiem-tra-phuc-hoi-" + UUID.randomUUID()))
                .as("the portal reads its database again by itself").isEqualTo(404);
    }

    /** The first answer other than 503 within {@code limit}, asking every half second; 503 if none. */
    private int answersWithin(Duration limit, String path) {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            int status = Http.get(base, path).statusCode();
            if (status != 503) {
                return status;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 503;
            }
        }
        return 503;
    }
}
