package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the portal in one cluster (Payara's data grid, members found over TCP/IP on
 * loopback) on one new, empty PostgreSQL database, started at the same moment, as a department
 * runs them behind a load balancer. B's clock runs {@value #B_CLOCK_BEHIND_SECONDS} seconds behind
 * A's (Debian's {@code faketime} library under B's JVM), as machines' clocks drift apart when one
 * loses its time server. Run by {@code .ci/run} in its PostgreSQL pass; the seventh test kills the
 * first instance, and the last finds the timed jobs still done by the one left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String ADMIN_PASSWORD = "Cum-may-chu-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String SEED_SLUG = "tang-cuong-tuyen-truyen-cong-tac-cai-cach-hanh-chinh-tren-dia-ban-tinh";

    private static final int VISITS_ON_A_BEFORE_KILL = 3;
    private static final int B_CLOCK_BEHIND_SECONDS = 5;
    /** Debian's libfaketime (package {@code faketime}): what B's JVM reads as the time of day. */
    private static final Path FAKETIME = Path.of(System.getProperty("it.faketime.lib",
            "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"));

    private static ScratchDatabase database;
    private static long visitsStoredBeforeKill;
    private static Path work;
    private static Instance a;
    private static Instance b;

    @BeforeAll
    static void startTwoInstancesTogether() throws Exception {
        assertThat(TestDatabase.url()).as("the cluster test runs on PostgreSQL (-Dit.db.url=jdbc:postgresql:...)")
                .startsWith("jdbc:postgresql:");
        assertThat(FAKETIME).as("libfaketime, to run B's clock behind A's (apt-get install faketime; -Dit.faketime.lib=...)")
                .exists();
        database = ScratchDatabase.create();
        work = Files.createTempDirectory("govportal-cluster");
        String members = "127.0.0.1:6960,127.0.0.1:6961";
        a = Instance.start("a", Integer.parseInt(System.getProperty("it.cluster.port.a", "18091")), 6960, members, 0);
        b = Instance.start("b", Integer.parseInt(System.getProperty("it.cluster.port.b", "18092")), 6961, members,
                B_CLOCK_BEHIND_SECONDS);
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    static void stopBoth() throws Exception {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (database != null) {
            database.drop();
        }
        if (work != null) {
            try (var paths = Files.walk(work)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @Test
    @Order(1)
    void bothStartingOnAnEmptyDatabaseMigrateItAndLoadTheDemoAndAdministratorOnce() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE")).isZero();
        assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL"))
                .isEqualTo(count("SELECT COUNT(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM staff_account")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM article WHERE slug = ?", SEED_SLUG)).isEqualTo(1);
        for (Instance instance : List.of(a, b)) {
            assertThat(instance.log()).as("instance %s", instance.name).contains("Data grid: this instance is one of 2 members");
            assertThat(instance.get("/bai-viet/" + SEED_SLUG).statusCode()).isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void aChangeSavedOnOneInstanceIsOnTheOthersPublicPageWithinASecond() throws Exception {
        String path = "/bai-viet/" + SEED_SLUG;
        String title = "Tăng cường tuyên truyền cải cách hành chính " + UUID.randomUUID().toString().substring(0, 6);
        // B keeps the page (for five minutes, by its settings): only the message from A can make it show the change.
        b.get(path);
        assertThat(b.get(path).body()).doesNotContain(title);

        StaffHttp staff = new StaffHttp(a.base);
        assertThat(staff.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        long id = count("SELECT id FROM article WHERE slug = ?", SEED_SLUG);
        Map<String, String> form = formOf(staff.get("/admin/articles/edit.xhtml?id=" + id).body(), "article", "article:save");
        form.put("article:title", title);
        staff.post("/admin/articles/edit.xhtml?id=" + id, form, StaffHttp.originOf(staff.root()));
        long saved = System.nanoTime();
        assertThat(count("SELECT COUNT(*) FROM article WHERE id = ? AND title = ?", id, title)).as("saved on A").isEqualTo(1);

        long deadline = saved + TimeUnit.SECONDS.toNanos(1);
        boolean shown = false;
        while (!shown && System.nanoTime() < deadline) {
            shown = b.get(path).body().contains(title);
        }
        assertThat(shown).as("B shows the new title within 1 s of the save on A").isTrue();
    }

    @Test
    @Order(3)
    void anArticlePublishedOnTheInstanceWhoseClockIsAheadIsOnTheOthersPagesAtOnce() throws Exception {
        // Each instance's log says how far its clock is from the cluster's (the oldest member's).
        assertThat(a.log() + b.log()).containsPattern("Data grid: this machine's clock is \\d+ ms (behind|ahead of)");

        String slug = "dong-ho-lech-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Thông báo lịch tiếp công dân " + slug;
        long id = insertArticle(slug, title, "DRAFT", null);
        assertThat(b.get("/bai-viet/" + slug).statusCode()).as("a draft is not on the site").isEqualTo(404);

        StaffHttp staff = new StaffHttp(a.base);
        assertThat(staff.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        Map<String, String> form = formOf(staff.get("/admin/articles/edit.xhtml?id=" + id).body(), "article", "article:publish");
        HttpResponse<String> answer = staff.post("/admin/articles/edit.xhtml?id=" + id, form, StaffHttp.originOf(staff.root()));
        long published = System.nanoTime();
        assertThat(count("SELECT COUNT(*) FROM article WHERE id = ? AND status = 'PUBLISHED'", id))
                .as("published on A; A answered %d %s: %s", answer.statusCode(), answer.headers().firstValue("Location").orElse(""),
                        Jsoup.parse(answer.body()).select("h1, .ui-messages, .ui-message, [role=alert]").text())
                .isEqualTo(1);

        // "Now" on A is five seconds in B's future by B's own clock: read by the cluster's time, the
        // article is published on B as well, not five seconds later.
        long deadline = published + TimeUnit.SECONDS.toNanos(1);
        boolean shown = false;
        while (!shown && System.nanoTime() < deadline) {
            HttpResponse<String> page = b.get("/bai-viet/" + slug);
            shown = page.statusCode() == 200 && page.body().contains(title);
        }
        assertThat(shown).as("B shows the article within 1 s of its publishing on A").isTrue();
    }

    @Test
    @Order(4)
    void aScheduledPublishHappensOnceWithBothInstancesRunning() throws Exception {
        long id = scheduleArticleInTwoSeconds();
        awaitPublished(id);
        // Both instances look every second: a few more rounds give a second transition every chance to happen.
        Thread.sleep(4000);
        assertThat(count("SELECT COUNT(*) FROM article_transition WHERE article_id = ?", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE target_type = 'Article' AND target_id = ?"
                + " AND action = 'ARTICLE_PUBLISHED'", id)).isEqualTo(1);
    }

    @Test
    @Order(5)
    void failedSignInsOnOneInstanceCountOnTheOther() {
        StaffHttp onA = new StaffHttp(a.base);
        StaffHttp onB = onA.at(b.base);
        for (int i = 0; i < 3; i++) {
            onA.signIn("admin", "sai-mat-khau-a-" + i);
        }
        for (int i = 0; i < 2; i++) {
            onB.signIn("admin", "sai-mat-khau-b-" + i);
        }
        // Five failures in all, three here and two there: even the right password now waits, on either.
        assertThat(onA.signIn("admin", ADMIN_PASSWORD).body()).contains("Đăng nhập sai quá nhiều lần");
        assertThat(onB.signIn("admin", ADMIN_PASSWORD).body()).contains("Đăng nhập sai quá nhiều lần");
        assertThat(onB.isSignedIn()).isFalse();
    }

    @Test
    @Order(6)
    void aVisitorWhoseViewsLandOnBothInstancesIsOneVisitAndOnePersonOnline() throws Exception {
        String visitor = "khach-" + UUID.randomUUID();
        assertThat(Http.post(a.base, "/luot-truy-cap", visitor).statusCode()).isEqualTo(200);
        assertThat(Http.post(b.base, "/luot-truy-cap", visitor).statusCode()).isEqualTo(200);

        // Each instance stores what it counted every second and reads the sums back.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        long[] onA;
        long[] onB;
        do {
            Thread.sleep(1200);
            onA = VisitCounterIT.counts(Http.get(a.base, "/luot-truy-cap", "watcher"));
            onB = VisitCounterIT.counts(Http.get(b.base, "/luot-truy-cap", "watcher"));
        } while ((onA[2] != 1 || onB[2] != 1) && System.nanoTime() < deadline);

        assertThat(count("SELECT COALESCE(SUM(visits), 0) FROM visit_day")).as("visits stored").isEqualTo(1);
        assertThat(new long[] {onA[0], onA[1], onA[2]}).as("online, today, total on A").containsExactly(1, 1, 1);
        assertThat(new long[] {onB[0], onB[1], onB[2]}).as("online, today, total on B").containsExactly(1, 1, 1);
    }

    @Test
    @Order(7)
    void aStaffSessionOnAnInstanceThatDiesGoesOnOnTheOtherWithTheFormBeingTyped() throws Exception {
        StaffHttp onA = new StaffHttp(a.base);
        assertThat(onA.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        Map<String, String> form = formOf(onA.get("/admin/articles/edit.xhtml").body(), "article", "article:save");
        String title = "Bài viết soạn dở " + UUID.randomUUID().toString().substring(0, 8);
        form.put("article:title", title);
        form.put("article:lead", "Tóm tắt đang soạn.");
        form.put("article:body", "<p>Đoạn văn đang soạn dở khi máy chủ dừng.</p>");
        form.put("article:category_input", String.valueOf(count("SELECT id FROM category WHERE slug = 'tin-hoat-dong'")));
        // A person takes a moment to type; the session is on the grid once the page's request has ended.
        Thread.sleep(2000);
        // Visits A counts just before it dies, not yet stored: the next test finds them stored by B.
        visitsStoredBeforeKill = count("SELECT COALESCE(SUM(visits), 0) FROM visit_day");
        for (int i = 0; i < VISITS_ON_A_BEFORE_KILL; i++) {
            assertThat(Http.post(a.base, "/luot-truy-cap", "khach-cuoi-" + i + "-" + UUID.randomUUID()).statusCode()).isEqualTo(200);
        }
        a.kill();

        StaffHttp onB = onA.at(b.base);
        HttpResponse<String> saved = onB.post("/admin/articles/edit.xhtml", form, StaffHttp.originOf(onB.root()));
        assertThat(saved.headers().firstValue("Location").orElse("")).doesNotContain("/login.xhtml");
        assertThat(count("SELECT COUNT(*) FROM article WHERE title = ?", title))
                .as("the article typed on A, saved on B; B answered %d: %s", saved.statusCode(),
                        Jsoup.parse(saved.body()).select("h1, .ui-messages, .ui-message, [role=alert]").text())
                .isEqualTo(1);
        assertThat(onB.isSignedIn()).isTrue();
    }

    @Test
    @Order(8)
    void theTimedJobsRunOnTheInstanceLeftWhenTheOtherHasDiedAndTheVisitsItCountedLastAreStoredOnce() throws Exception {
        assertThat(a.isAlive()).as("A was killed by the test before").isFalse();
        long id = scheduleArticleInTwoSeconds();
        awaitPublished(id);
        assertThat(count("SELECT COUNT(*) FROM article_transition WHERE article_id = ?", id)).isEqualTo(1);
        assertThat(b.get("/").statusCode()).isEqualTo(200);

        // The visits A counted in its last moment were on the grid; B stores them, and once.
        long expected = visitsStoredBeforeKill + VISITS_ON_A_BEFORE_KILL;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count("SELECT COALESCE(SUM(visits), 0) FROM visit_day") < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(3000); // a few more rounds of storing, each a chance to add them again
        assertThat(count("SELECT COALESCE(SUM(visits), 0) FROM visit_day")).as("visits stored").isEqualTo(expected);
        assertThat(VisitCounterIT.counts(Http.get(b.base, "/luot-truy-cap", "watcher"))[2]).as("the total B shows").isEqualTo(expected);
    }

    /** An article the scheduler is to publish two seconds from now; its id. */
    private static long scheduleArticleInTwoSeconds() throws SQLException {
        String slug = "lich-dang-" + UUID.randomUUID().toString().substring(0, 8);
        return insertArticle(slug, "Bài đăng theo lịch " + slug, "SCHEDULED", OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2));
    }

    /** An article in "Tin hoạt động", owned by the administrator, written straight into the database; its id. */
    private static long insertArticle(String slug, String title, String status, OffsetDateTime publishedAt) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        update("INSERT INTO article (title, slug, lead_text, body, author, category_id, featured, status, created_at,"
                + " updated_at, published_at, version, owner) VALUES (?, ?, ?, ?, ?, (SELECT id FROM category WHERE slug ="
                + " 'tin-hoat-dong'), FALSE, ?, ?, ?, ?, 0, 'admin')",
                title, slug, "Tóm tắt.", "<p>Nội dung.</p>", "Văn phòng Sở", status, now, now, publishedAt);
        return count("SELECT id FROM article WHERE slug = ?", slug);
    }

    private static void awaitPublished(long id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count("SELECT COUNT(*) FROM article WHERE id = ? AND status = 'PUBLISHED'", id) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(count("SELECT COUNT(*) FROM article WHERE id = ? AND status = 'PUBLISHED'", id)).as("published").isEqualTo(1);
    }

    /**
     * What a browser would send for the form {@code id} of the page when {@code button} is pressed:
     * every field as the page holds it, and of the form's buttons only that one.
     */
    private static Map<String, String> formOf(String html, String id, String button) {
        Document page = Jsoup.parse(html);
        FormElement form = (FormElement) page.getElementById(id);
        assertThat(form).as("a form in the page").isNotNull();
        org.jsoup.nodes.Element pressed = form.selectFirst("input[type=submit][name=\"" + button + "\"]");
        assertThat(pressed).as("the button %s in the form", button).isNotNull();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        form.formData().forEach(field -> fields.putIfAbsent(field.key(), field.value()));
        form.select("input[type=submit]").forEach(other -> fields.remove(other.attr("name")));
        fields.put(button, pressed.attr("value"));
        // The console's script adds the page's nonce to each post it sends.
        org.jsoup.nodes.Element script = page.selectFirst("script[nonce]");
        if (script != null) {
            fields.put("primefaces.nonce", script.attr("nonce"));
        }
        return fields;
    }

    private static long count(String sql, Object... params) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = prepare(c, sql, params);
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void update(String sql, Object... params) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = prepare(c, sql, params)) {
            s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    /** One Payara Micro process of the cluster, with a data directory and a log of its own. */
    private static final class Instance {

        private final String name;
        private final URL base;
        private final Path log;
        private final Process process;

        private Instance(String name, URL base, Path log, Process process) {
            this.name = name;
            this.base = base;
            this.log = log;
            this.process = process;
        }

        static Instance start(String name, int httpPort, int gridPort, String members, int clockBehindSeconds) throws IOException {
            Path data = work.resolve(name);
            Files.createDirectories(data);
            Path log = work.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                    "-Xmx400m", "-Dgovportal.data.dir=" + data, "-Dgovportal.db.url=" + database.url(),
                    "-Dgovportal.db.user=" + System.getProperty("it.db.user", ""), "-Dgovportal.cache.seconds=300",
                    "-Dgovportal.scheduler.seconds=1", "-Dgovportal.visits.flush-seconds=1", "-Dgovportal.proxy.trusted=127.0.0.1",
                    "-jar", System.getProperty("payara.microJar"), "--name", "govportal-" + name, "--port", String.valueOf(httpPort),
                    "--contextroot", "/", "--prebootcommandfile", System.getProperty("it.payara.config") + "/pre-boot-commands.asadmin",
                    "--clustermode", "tcpip:" + members, "--interfaces", "127.0.0.1", "--startport", String.valueOf(gridPort),
                    "--nohostaware", "--deploy", System.getProperty("govportal.war")));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("GOVPORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
            if (clockBehindSeconds > 0) {
                // libfaketime shifts the monotonic clock by as much too, so the JVM's timed waits keep
                // their length (with it left alone, they return at once and the JVM spins).
                builder.environment().put("LD_PRELOAD", FAKETIME.toString());
                builder.environment().put("FAKETIME", "-" + clockBehindSeconds + "s");
                builder.environment().put("FAKETIME_NO_CACHE", "1");
            }
            return new Instance(name, URI.create("http://127.0.0.1:" + httpPort + "/").toURL(), log, builder.start());
        }

        void awaitReady() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    if (Http.get(base, "/").statusCode() == 200) {
                        return;
                    }
                } catch (RuntimeException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            List<String> lines = Files.readAllLines(log);
            throw new AssertionError("instance " + name + " did not start; the end of its log:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        }

        HttpResponse<String> get(String path) {
            return Http.get(base, path);
        }

        String log() throws IOException {
            return Files.readString(log);
        }

        boolean isAlive() {
            return process.isAlive();
        }

        /** Gone at once, as a machine that fails: no shutdown, nothing handed over. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
