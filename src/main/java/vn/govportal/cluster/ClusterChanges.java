package vn.govportal.cluster;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.ContentCommitted;

/**
 * Turns each change that commits, here or on another instance of the cluster, into one
 * {@link ContentCommitted} here, on which every cache of this instance drops what it keeps. A
 * change committed here is also told to the other instances, as a Payara clustered CDI event. A
 * message lost on the way costs at most the time-based expiry of what an instance keeps.
 */
@ApplicationScoped
public class ClusterChanges {

    private static final Logger LOG = Logger.getLogger(ClusterChanges.class.getName());

    @Inject
    private Grid grid;

    @Inject
    @Outbound(eventName = SiteChanged.NAME)
    private Event<SiteChanged> toOthers;

    @Inject
    private Event<ContentCommitted> here;

    // After the commit: dropping a cache earlier lets a request re-read the old data.
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        here.fire(new ContentCommitted(change.what(), change.id()));
        if (!grid.isClustered()) {
            return;
        }
        try {
            toOthers.fire(new SiteChanged(change.what(), change.id()));
        } catch (RuntimeException e) {
            // The change is saved; the others see it once what they keep expires.
            LOG.log(Level.WARNING, "Could not tell the other instances about a change: {0}", e.toString());
        }
    }

    void fromAnother(@Observes @Inbound(eventName = SiteChanged.NAME) SiteChanged change) {
        here.fire(new ContentCommitted(change.what(), change.id()));
    }

    /** What travels between instances: JDK types only, so any instance can read it. */
    public record SiteChanged(String what, Long id) implements Serializable {
        static final String NAME = "govportal.site-changed";
    }
}
