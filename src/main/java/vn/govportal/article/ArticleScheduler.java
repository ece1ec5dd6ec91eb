package vn.govportal.article;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.database.DatabaseStatus;

/**
 * Publishes and unpublishes articles on schedule, whether or not anyone visits: it looks for due
 * articles every {@code govportal.scheduler.seconds} (30 by default, so within a minute of their time).
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
public class ArticleScheduler {

    private static final Logger LOG = Logger.getLogger(ArticleScheduler.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ArticleEditing articles;

    @Inject
    private DatabaseStatus database;

    @Inject
    @ConfigProperty(name = "govportal.scheduler.seconds", defaultValue = "30")
    private int periodSeconds;

    @PostConstruct
    void start() {
        long period = Math.max(1, periodSeconds) * 1000L;
        timers.createIntervalTimer(period, period, new TimerConfig("article-schedule", false));
    }

    @Timeout
    void run() {
        if (!database.isAvailable()) {
            return;
        }
        try {
            int changed = articles.runSchedules(Instant.now());
            if (changed > 0) {
                LOG.log(Level.INFO, "Scheduled publishing changed {0} article(s)", changed);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled publishing failed, will retry: {0}", e.getMessage());
        }
    }
}
