package vn.govportal.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.cluster.Grid;
import vn.govportal.database.DatabaseStatus;

/**
 * Publishes and unpublishes articles and legal documents on schedule, whether or not anyone
 * visits: it asks each {@link ScheduledWork} for what is due every
 * {@code govportal.scheduler.seconds} (30 by default, so within a minute of its time).
 * In a cluster one instance runs each round, whichever takes the round's lease on the data grid;
 * if it dies, the next round is run by another.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
public class PublishingScheduler {

    private static final Logger LOG = Logger.getLogger(PublishingScheduler.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    @Any
    private Instance<ScheduledWork> work;

    @Inject
    private DatabaseStatus database;

    @Inject
    private Grid grid;

    @Inject
    @ConfigProperty(name = "govportal.scheduler.seconds", defaultValue = "30")
    private int periodSeconds;

    private Duration lease;
    private List<ScheduledWork> jobs;

    @PostConstruct
    void start() {
        long period = Math.max(1, periodSeconds) * 1000L;
        // Every instance has this timer; whichever fires first in a period runs it for the cluster.
        lease = Duration.ofMillis(period * 4 / 5);
        // Stateless beans' references, taken once: asking the Instance each round would keep one more each time.
        jobs = work.stream().toList();
        timers.createIntervalTimer(period, period, new TimerConfig("publishing-schedule", false));
    }

    /** Each job commits on its own (see {@link ScheduledWork}): one that fails neither undoes nor stops the others. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!database.isAvailable() || !grid.lease("publishing-schedule", lease)) {
            return;
        }
        // Each change is a conditional update: were two instances ever to run at once, one wins.
        Instant now = ClusterTime.now();
        int changed = 0;
        for (ScheduledWork job : jobs) {
            try {
                changed += job.runDue(now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled publishing failed, will retry: {0}", e.getMessage());
            }
        }
        if (changed > 0) {
            LOG.log(Level.INFO, "Scheduled publishing changed {0} item(s)", changed);
        }
    }
}
