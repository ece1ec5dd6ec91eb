package vn.govportal.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * During an outage, tries to connect to the database once a second; the first connection that
 * works ends the outage, so the next request is served normally without a restart.
 * While the database can be reached it does nothing but read a flag.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
public class DatabaseProbe {

    /** How long one probe may wait for the database to answer. */
    static final int VALID_WITHIN_SECONDS = 2;

    /** Straight to the driver, past the pool: a pool that fails to connect logs three warnings each time. */
    private final GovportalDataSource database = new GovportalDataSource();

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private DatabaseStatus status;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::probeIfUnreachable, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void probeIfUnreachable() {
        if (status.isReachable() || !status.isAvailable()) {
            return;
        }
        // Once the database answers, the pool's own check replaces the connections that died (see DatabaseStartup).
        try (Connection connection = database.getConnection()) {
            if (connection.isValid(VALID_WITHIN_SECONDS)) {
                status.reportReachable();
            }
        } catch (SQLException | RuntimeException stillDown) {
            // The outage goes on; it was logged when it began.
        }
    }
}
