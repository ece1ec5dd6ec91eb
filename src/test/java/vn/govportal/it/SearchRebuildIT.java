package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * An instance of its own, on a data directory of its own: a search index deleted while the
 * portal is stopped is rebuilt from the database at the next start.
 */
class SearchRebuildIT {

    private static final String QUERY = "/tim-kiem?q=tang+cuong+tuyen+truyen+cai+cach+hanh+chinh";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void anIndexDeletedWhileThePortalIsStoppedIsRebuiltAtStart() throws Exception {
        Path data = Files.createTempDirectory("govportal-search");
        Path log = data.resolve("server.log");
        String port = System.getProperty("it.spare.port", "18090");
        try {
            Process first = start(data, port, log);
            try {
                assertThat(awaitResults(port, first)).as("the demo article found after the first start").isPositive();
            } finally {
                stop(first);
            }
            Path index = data.resolve("search");
            assertThat(index).isDirectory();
            delete(index);

            Process second = start(data, port, log);
            try {
                assertThat(awaitResults(port, second)).as("the demo article found again after the index was deleted").isPositive();
                assertThat(Files.readAllLines(log)).anyMatch(line -> line.contains("search index rebuilt"));
                assertThat(index).isDirectory();
            } finally {
                stop(second);
            }
        } finally {
            delete(data);
        }
    }

    private static Process start(Path data, String port, Path log) throws IOException {
        Files.deleteIfExists(log);
        return new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx512m",
                "-Dgovportal.data.dir=" + data, "-Dgovportal.db.url=jdbc:h2:" + data.resolve("db/govportal") + ";MODE=LEGACY",
                "-jar", System.getProperty("payara.microJar"),
                "--nocluster", "--port", port, "--contextroot", "/", "--deploy", System.getProperty("govportal.war"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** How many results the search gives once the portal answers it; waits at most three minutes. */
    private static int awaitResults(String port, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + QUERY))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                int found = Jsoup.parse(response.body()).select(".search-result").size();
                if (response.statusCode() == 200 && found > 0) {
                    return found;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        return 0;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
