package vn.govportal.database;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stops the process while the portal starts, after one log line that says why: for a database
 * that cannot be reached, or a restore that cannot be done. Nothing has started yet, so there is
 * nothing to shut down cleanly; halting also avoids waiting on shutdown hooks that need the
 * deploying thread.
 */
public final class Halt {

    private static final Logger LOG = Logger.getLogger(Halt.class.getName());

    private Halt() {
    }

    public static void withMessage(String line) {
        LOG.log(Level.SEVERE, line);
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush(); // halt() does not wait for log handlers
        }
        Runtime.getRuntime().halt(1);
    }
}
