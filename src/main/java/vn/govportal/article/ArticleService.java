package vn.govportal.article;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.govportal.paging.Page;
import vn.govportal.publishing.PublicEntry;
import vn.govportal.publishing.PublicationStatus;

/**
 * Reads the articles visitors may see: published, with a publish time that has come and an
 * unpublish time (if any) that has not, whether or not the scheduler has run yet.
 */
@Stateless
public class ArticleService {

    private static final String CARD = "SELECT NEW vn.govportal.article.ArticleCard(a.id, a.title, a.slug, a.lead,"
            + " a.publishedAt, i.id, i.fileName, c.name, c.slug)"
            + " FROM Article a JOIN a.category c LEFT JOIN a.featuredImage i"
            + " WHERE" + Article.PUBLIC;
    private static final String NEWEST_FIRST = " ORDER BY a.publishedAt DESC, a.id DESC";

    @PersistenceContext
    private EntityManager em;

    /** The article the home page leads with: the newest one marked featured, else the newest of all. */
    public Optional<ArticleCard> featured(Instant now) {
        List<ArticleCard> marked = cards(CARD + " AND a.featured = TRUE" + NEWEST_FIRST, now).setMaxResults(1).getResultList();
        if (!marked.isEmpty()) {
            return Optional.of(marked.get(0));
        }
        return cards(CARD + NEWEST_FIRST, now).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The newest public articles of all categories (the news feed). */
    public List<ArticleCard> latest(int limit, Instant now) {
        return cards(CARD + NEWEST_FIRST, now).setMaxResults(limit).getResultList();
    }

    public long countPublic(Instant now) {
        return em.createQuery("SELECT COUNT(a) FROM Article a WHERE" + Article.PUBLIC, Long.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .getSingleResult();
    }

    /** Public articles {@code offset} to {@code offset + limit}, oldest first (the sitemap: stable as articles are added). */
    public List<PublicEntry> publicEntries(int offset, int limit, Instant now) {
        return em.createQuery("SELECT NEW vn.govportal.publishing.PublicEntry(a.slug, a.updatedAt, a.publishedAt)"
                        + " FROM Article a WHERE" + Article.PUBLIC + " ORDER BY a.id", PublicEntry.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<ArticleCard> latestInCategory(long categoryId, int limit, Instant now) {
        return cards(CARD + " AND c.id = :categoryId" + NEWEST_FIRST, now)
                .setParameter("categoryId", categoryId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Other public articles of the same category, for the foot of an article page. */
    public List<ArticleCard> othersInCategory(long categoryId, long excludedId, int limit, Instant now) {
        return cards(CARD + " AND c.id = :categoryId AND a.id <> :excluded" + NEWEST_FIRST, now)
                .setParameter("categoryId", categoryId)
                .setParameter("excluded", excludedId)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countInCategory(long categoryId, Instant now) {
        return em.createNamedQuery("Article.countPublicInCategory", Long.class)
                .setParameter("categoryId", categoryId)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .getSingleResult();
    }

    /** Page {@code number} (from 1, already clamped) of a category's public articles. */
    public Page<ArticleCard> pageInCategory(long categoryId, int number, int size, long total, Instant now) {
        List<ArticleCard> items = cards(CARD + " AND c.id = :categoryId" + NEWEST_FIRST, now)
                .setParameter("categoryId", categoryId)
                .setFirstResult(Page.offset(number, size))
                .setMaxResults(size)
                .getResultList();
        return new Page<>(items, number, size, total);
    }

    public Optional<ArticleView> findPublic(String slug, Instant now) {
        return em.createQuery("SELECT NEW vn.govportal.article.ArticleView(a.id, a.title, a.lead, a.body, a.author,"
                        + " a.publishedAt, i.id, i.fileName, i.width, i.height, c.id, c.name, c.slug)"
                        + " FROM Article a JOIN a.category c LEFT JOIN a.featuredImage i"
                        + " WHERE a.slug = :slug AND" + Article.PUBLIC, ArticleView.class)
                .setParameter("slug", slug)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * An article as it stands in the console, whatever its status, for staff to see it in the public
     * template before it is published: dated now if it has no publication time yet.
     */
    public Optional<ArticleView> findPreview(long id, Instant now) {
        return em.createQuery("SELECT NEW vn.govportal.article.ArticleView(a.id, a.title, a.lead, a.body, a.author,"
                        + " a.publishedAt, i.id, i.fileName, i.width, i.height, c.id, c.name, c.slug)"
                        + " FROM Article a JOIN a.category c LEFT JOIN a.featuredImage i WHERE a.id = :id", ArticleView.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst()
                .map(view -> view.datedIfUndated(now));
    }

    private TypedQuery<ArticleCard> cards(String jpql, Instant now) {
        return em.createQuery(jpql, ArticleCard.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now);
    }
}
