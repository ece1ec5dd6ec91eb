package vn.govportal.it;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the database server under the running portal, with the commands
 * {@code .ci/run} passes ({@code it.fault.db-stop}, {@code it.fault.db-start}). Whatever happens
 * to the test, the database is started again: after the test, and when the JVM exits.
 */
final class DatabaseSwitch implements AutoCloseable {

    private final String stop = System.getProperty("it.fault.db-stop", "");
    private final String start = System.getProperty("it.fault.db-start", "");
    private final Thread startAtExit = new Thread(this::startQuietly, "start the database again");

    DatabaseSwitch() {
        if (stop.isBlank() || start.isBlank()) {
            throw new IllegalStateException("The fault tests need -Dit.fault.db-stop and -Dit.fault.db-start (see .ci/run)");
        }
        Runtime.getRuntime().addShutdownHook(startAtExit);
    }

    void stop() throws IOException, InterruptedException {
        run(stop);
    }

    void start() throws IOException, InterruptedException {
        run(start);
    }

    @Override
    public void close() {
        startQuietly();
        Runtime.getRuntime().removeShutdownHook(startAtExit);
    }

    private void startQuietly() {
        try {
            run(start);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not start the database again: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command).inheritIO().start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Timed out: " + command);
        }
    }
}
