package vn.govportal.article;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;

/** What happened to articles: their kept saves and their status changes, read for the console. */
@Stateless
@RequiresRole(Role.AUTHOR)
public class ArticleHistory {

    @PersistenceContext
    private EntityManager em;

    /** Its status changes, oldest first. */
    public List<ArticleTransition> transitions(long articleId) {
        return em.createNamedQuery("ArticleTransition.forArticle", ArticleTransition.class)
                .setParameter("articleId", articleId)
                .getResultList();
    }

    /** The latest status changes of all articles, newest first, for the dashboard. */
    public List<RecentChange> recentChanges(int limit) {
        return em.createQuery("SELECT NEW vn.govportal.article.RecentChange(a.id, a.title, t.actor, t.fromStatus,"
                        + " t.toStatus, t.occurredAt) FROM ArticleTransition t, Article a WHERE a.id = t.articleId"
                        + " ORDER BY t.occurredAt DESC, t.id DESC", RecentChange.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Its saves, newest first. */
    public List<ArticleRevision> revisions(long articleId) {
        return em.createNamedQuery("ArticleRevision.forArticle", ArticleRevision.class)
                .setParameter("articleId", articleId)
                .getResultList();
    }

    public Optional<ArticleRevision> revision(long articleId, int number) {
        return em.createNamedQuery("ArticleRevision.find", ArticleRevision.class)
                .setParameter("articleId", articleId)
                .setParameter("number", number)
                .getResultList().stream().findFirst();
    }

    /** The number the next save of this article is kept under. */
    public int nextRevisionNumber(long articleId) {
        return em.createNamedQuery("ArticleRevision.lastNumber", Integer.class)
                .setParameter("articleId", articleId).getSingleResult() + 1;
    }
}
