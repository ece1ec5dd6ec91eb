package vn.govportal.article;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.govportal.publishing.BulkOutcome;
import vn.govportal.publishing.EditRefused;
import vn.govportal.security.NotPermittedException;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;

/**
 * The article list's actions on several articles at once. Each article goes through the very
 * service method, permission check and audit record it goes through on its own page, in a
 * transaction of its own: one the member may not act on is left as it is and counted, and
 * neither stops nor undoes the others.
 */
@Stateless
@RequiresRole(Role.AUTHOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArticleBulkEditing {

    @Inject
    private ArticleEditing editing;

    /** Publishes each now (editors). */
    public BulkOutcome publish(Collection<Long> ids) {
        boolean editor = editing.isEditor();
        return each(ids, article -> editor, article -> editing.publish(article.getId(), article.getVersion(), null, null));
    }

    /** Takes each off the public site now (editors). */
    public BulkOutcome unpublish(Collection<Long> ids) {
        boolean editor = editing.isEditor();
        return each(ids, article -> editor, article -> editing.unpublish(article.getId(), article.getVersion(), null, null));
    }

    /** Moves each into a category, as a save of the article with only its category changed (who may edit it). */
    public BulkOutcome moveTo(Collection<Long> ids, long categoryId) {
        return each(ids, editing::canEdit, article -> {
            if (article.getCategory().getId() != categoryId) {
                ArticleDraft draft = ArticleDraft.of(article);
                draft.setCategoryId(categoryId);
                editing.save(draft);
            }
        });
    }

    /** Deletes each (who may edit it, once it is off the public site). */
    public BulkOutcome delete(Collection<Long> ids) {
        return each(ids, editing::canEdit, article -> editing.delete(article.getId(), article.getVersion()));
    }

    private BulkOutcome each(Collection<Long> ids, Predicate<Article> allowed, Consumer<Article> action) {
        BulkOutcome outcome = BulkOutcome.NONE;
        for (Long id : ids.stream().distinct().toList()) {
            Optional<Article> found = editing.find(id);
            if (found.isEmpty()) {
                outcome = outcome.plusSkipped();
            } else if (!allowed.test(found.get())) {
                outcome = outcome.plusRefused();
            } else {
                try {
                    action.accept(found.get());
                    outcome = outcome.plusDone();
                } catch (NotPermittedException e) {
                    outcome = outcome.plusRefused();
                } catch (EditRefused e) {
                    outcome = outcome.plusSkipped(); // not in a state that allows it, or changed by someone meanwhile
                }
            }
        }
        return outcome;
    }
}
