package vn.govportal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.ContentCommitted;

/**
 * Writes each change to an article or notice into the search change log, inside the transaction
 * that makes the change (so the two commit or fail together), and once it has committed asks this
 * instance to apply it at once.
 */
@ApplicationScoped
public class SearchOutbox {

    @Inject
    private SearchSource source;

    @Inject
    private SiteSearch search;

    void record(@Observes ContentChanged change) {
        ItemType type = ItemType.fromKey(change.what());
        if (type != null && change.id() != null) {
            source.record(type, change.id(), ClusterTime.now());
        }
    }

    /** Committed here or on another instance: the change log has it, so read it now rather than at the next poll. */
    void committed(@Observes ContentCommitted change) {
        if (ItemType.fromKey(change.what()) != null) {
            search.applySoon();
        }
    }
}
