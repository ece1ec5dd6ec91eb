package vn.govportal.database;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the database came up at startup; the maintenance filter reads it on every request. */
@ApplicationScoped
public class DatabaseStatus {

    private volatile boolean available;
    private volatile String problem = "starting";

    void markAvailable() {
        available = true;
        problem = null;
    }

    void markUnavailable(String reason) {
        available = false;
        problem = reason;
    }

    public boolean isAvailable() {
        return available;
    }

    public String getProblem() {
        return problem;
    }
}
