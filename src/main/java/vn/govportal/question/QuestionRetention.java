package vn.govportal.question;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.cluster.Grid;
import vn.govportal.database.DatabaseStatus;

/**
 * Erases askers' email, phone and address once {@code govportal.questions.retention-days} (365 by
 * default, as the privacy policy says) have passed since they asked; the question, the answer and
 * the asker's name stay. Runs every {@code govportal.questions.purge-seconds} (an hour), on one
 * instance of a cluster at a time.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
public class QuestionRetention {

    private static final Logger LOG = Logger.getLogger(QuestionRetention.class.getName());

    @Resource
    private TimerService timers;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DatabaseStatus database;

    @Inject
    private Grid grid;

    @Inject
    @ConfigProperty(name = "govportal.questions.retention-days", defaultValue = "365")
    private int retentionDays;

    @Inject
    @ConfigProperty(name = "govportal.questions.purge-seconds", defaultValue = "3600")
    private int periodSeconds;

    private Duration lease;

    @PostConstruct
    void start() {
        long period = Math.max(1, periodSeconds) * 1000L;
        lease = Duration.ofMillis(period * 4 / 5);
        timers.createIntervalTimer(period, period, new TimerConfig("question-retention", false));
    }

    @Timeout
    void run() {
        if (!database.isAvailable() || !grid.lease("question-retention", lease)) {
            return;
        }
        try {
            int erased = erase(ClusterTime.now());
            if (erased > 0) {
                LOG.log(Level.INFO, "Erased the contact details of {0} question(s) past their retention", erased);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Erasing contact details past their retention failed, will retry: {0}", e.getMessage());
        }
    }

    /** Erases the contact details of questions asked before the retention period; answers how many. */
    int erase(Instant now) {
        return em.createQuery("UPDATE Question q SET q.askerEmail = NULL, q.askerPhone = NULL, q.askerAddress = NULL,"
                        + " q.personalErasedAt = :now WHERE q.askedAt < :cutoff AND q.personalErasedAt IS NULL")
                .setParameter("now", now).setParameter("cutoff", now.minus(Duration.ofDays(Math.max(1, retentionDays))))
                .executeUpdate();
    }
}
