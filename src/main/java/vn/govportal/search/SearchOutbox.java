package vn.govportal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.ContentChangedElsewhere;

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
            source.record(type, change.id(), Instant.now());
        }
    }

    /** Another instance wrote to the change log: read it now rather than at the next poll. */
    void committedElsewhere(@Observes ContentChangedElsewhere change) {
        if (ItemType.fromKey(change.what()) != null) {
            search.applySoon();
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        if (ItemType.fromKey(change.what()) != null) {
            search.applySoon();
        }
    }
}
