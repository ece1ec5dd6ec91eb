package vn.govportal.it;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the test server writes to its log while a test acts: Arquillian copies the server's
 * output to this JVM's {@code System.out} line by line, so a copy of that stream sees it too.
 */
final class ServerOutput {

    private ServerOutput() {
    }

    /** Runs {@code action}, waits for the server's output to arrive, and returns what it wrote meanwhile. */
    static String during(Runnable action) throws InterruptedException {
        PrintStream original = System.out;
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (copy) {
                    copy.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                synchronized (copy) {
                    copy.write(b, off, len);
                }
            }
        }, true, StandardCharsets.UTF_8));
        try {
            action.run();
            Thread.sleep(1500); // the server's lines reach this JVM a moment later
        } finally {
            System.setOut(original);
        }
        synchronized (copy) {
            return copy.toString(StandardCharsets.UTF_8);
        }
    }
}
