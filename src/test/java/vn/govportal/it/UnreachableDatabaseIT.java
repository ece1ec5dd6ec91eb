package vn.govportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Started against a database it cannot reach, the portal says so in one line and exits. */
class UnreachableDatabaseIT {

    @Test
    void explainsInOneLineAndExitsWithAnError() throws Exception {
        Path output = Files.createTempFile("govportal-unreachable", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xmx384m",
                "-Dgovportal.data.dir=" + output.getParent().resolve("govportal-unreachable-data"),
                "-jar", System.getProperty("payara.microJar"),
                "--nocluster", "--port", System.getProperty("it.spare.port", "18090"), "--contextroot", "/",
                "--deploy", System.getProperty("govportal.war"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // Nothing listens on port 1; the password must never reach the log.
        builder.environment().put("GOVPORTAL_DB_URL", "jdbc:postgresql://127.0.0.1:1/govportal");
        builder.environment().put("GOVPORTAL_DB_USER", "portal");
        builder.environment().put("GOVPORTAL_DB_PASSWORD", "do-not-log-me");
        Process process = builder.start();
        try {
            assertThat(process.waitFor(240, TimeUnit.SECONDS)).as("the process ends by itself").isTrue();
            List<String> log = Files.readAllLines(output);

            assertThat(process.exitValue()).isNotZero();
            assertThat(log).filteredOn(l -> l.contains("govportal: cannot connect to the database at"
                    + " jdbc:postgresql://127.0.0.1:1/govportal as user \"portal\"")).hasSize(1);
            assertThat(log).noneMatch(l -> l.contains("do-not-log-me"));
            assertThat(log).noneMatch(l -> l.startsWith("\tat "));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
