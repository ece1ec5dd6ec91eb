package vn.govportal.notice;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.publishing.BulkOutcome;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.security.NotPermittedException;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;

/**
 * The notice list's actions on several notices at once. Each notice is saved or deleted through
 * the same service methods as on its own page (so checked, cleaned and audited the same way), in a
 * transaction of its own: one that cannot be done is left as it is and counted, and neither stops
 * nor undoes the others.
 */
@Stateless
@RequiresRole(Role.EDITOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeBulkEditing {

    @Inject
    private NoticeEditing editing;

    /** Shows each on the public site from now on (one already shown is left as it is). */
    public BulkOutcome publish(Collection<Long> ids) {
        Instant now = ClusterTime.now();
        return each(ids, notice -> !isShown(notice, now), notice -> {
            notice.setStatus(PublicationStatus.PUBLISHED);
            notice.setPublishedAt(now);
            save(notice);
        });
    }

    /** Takes each off the public site, back to a draft (the states a notice's page offers). */
    public BulkOutcome unpublish(Collection<Long> ids) {
        return each(ids, notice -> notice.getStatus() == PublicationStatus.PUBLISHED, notice -> {
            notice.setStatus(PublicationStatus.DRAFT);
            save(notice);
        });
    }

    public BulkOutcome delete(Collection<Long> ids) {
        return each(ids, notice -> true, notice -> editing.delete(notice.getId()));
    }

    private static boolean isShown(Notice notice, Instant now) {
        return notice.getStatus() == PublicationStatus.PUBLISHED && notice.getPublishedAt() != null && !notice.getPublishedAt().isAfter(now);
    }

    private void save(Notice notice) {
        editing.save(notice, notice.getAttachment() == null ? null : notice.getAttachment().getId());
    }

    /** Notices are the editors' (this service's role): what is left undone here is what cannot be done as it stands. */
    private BulkOutcome each(Collection<Long> ids, Predicate<Notice> possible, Consumer<Notice> action) {
        BulkOutcome outcome = BulkOutcome.NONE;
        for (Long id : ids.stream().distinct().toList()) {
            Optional<Notice> found = editing.find(id);
            if (found.isEmpty() || !possible.test(found.get())) {
                outcome = outcome.plusSkipped();
                continue;
            }
            try {
                action.accept(found.get());
                outcome = outcome.plusDone();
            } catch (NotPermittedException e) {
                outcome = outcome.plusRefused();
            } catch (EditRefused e) {
                outcome = outcome.plusSkipped(); // changed by someone meanwhile, or its dates do not allow it
            }
        }
        return outcome;
    }
}
