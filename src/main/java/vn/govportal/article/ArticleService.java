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
import vn.govportal.text.SiteLanguage;

/**
 * Reads the articles visitors may see: published, with a publish time that has come and an
 * unpublish time (if any) that has not, whether or not the scheduler has run yet. On the
 * English site, only articles whose English version is published too, in English.
 */
@Stateless
public class ArticleService {

    private static final String NEWEST_FIRST = " ORDER BY a.publishedAt DESC, a.id DESC";

    @PersistenceContext
    private EntityManager em;

    /** Where an article's texts are read from on the site in one language, and what more makes it public there. */
    private enum Texts {
        VI("a.title", "a.slug", "a.lead", "a.body", "c.name", "c.slug", ""),
        EN("a.english.title", "a.english.slug", "a.english.lead", "a.english.body",
                "COALESCE(c.nameEn, c.name)", "COALESCE(c.slugEn, c.slug)", " AND a.english.published = TRUE");

        final String title;
        final String slug;
        final String lead;
        final String body;
        final String categoryName;
        final String categorySlug;
        final String publicAlso;

        Texts(String title, String slug, String lead, String body, String categoryName, String categorySlug, String publicAlso) {
            this.title = title;
            this.slug = slug;
            this.lead = lead;
            this.body = body;
            this.categoryName = categoryName;
            this.categorySlug = categorySlug;
            this.publicAlso = publicAlso;
        }

        static Texts of(SiteLanguage language) {
            return language == SiteLanguage.EN ? EN : VI;
        }

        String card() {
            return "SELECT NEW vn.govportal.article.ArticleCard(a.id, " + title + ", " + slug + ", " + lead
                    + ", a.publishedAt, i.id, i.fileName, " + categoryName + ", " + categorySlug + ")"
                    + " FROM Article a JOIN a.category c LEFT JOIN a.featuredImage i WHERE" + Article.PUBLIC + publicAlso;
        }

        String view() {
            return "SELECT NEW vn.govportal.article.ArticleView(a.id, " + title + ", " + lead + ", " + body + ", a.author,"
                    + " a.publishedAt, i.id, i.fileName, i.width, i.height, c.id, " + categoryName + ", " + categorySlug + ","
                    + " a.slug, a.english.slug, a.english.published)"
                    + " FROM Article a JOIN a.category c LEFT JOIN a.featuredImage i";
        }
    }

    /** The article the home page leads with: the newest one marked featured, else the newest of all. */
    public Optional<ArticleCard> featured(SiteLanguage language, Instant now) {
        String cards = Texts.of(language).card();
        List<ArticleCard> marked = cards(cards + " AND a.featured = TRUE" + NEWEST_FIRST, now).setMaxResults(1).getResultList();
        if (!marked.isEmpty()) {
            return Optional.of(marked.get(0));
        }
        return cards(cards + NEWEST_FIRST, now).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The newest public articles of all categories (the news feed). */
    public List<ArticleCard> latest(SiteLanguage language, int limit, Instant now) {
        return cards(Texts.of(language).card() + NEWEST_FIRST, now).setMaxResults(limit).getResultList();
    }

    /** Articles public on the Vietnamese site (every article public on the English one is too). */
    public long countPublic(Instant now) {
        return em.createQuery("SELECT COUNT(a) FROM Article a WHERE" + Article.PUBLIC, Long.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .getSingleResult();
    }

    /**
     * Public articles {@code offset} to {@code offset + limit}, oldest first (the sitemap: stable as
     * articles are added), each with its English address if that is public too.
     */
    public List<PublicEntry> publicEntries(int offset, int limit, Instant now) {
        return em.createQuery("SELECT NEW vn.govportal.publishing.PublicEntry(a.slug, a.english.slug, a.english.published,"
                        + " a.updatedAt, a.publishedAt) FROM Article a WHERE" + Article.PUBLIC + " ORDER BY a.id", PublicEntry.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<ArticleCard> latestInCategory(SiteLanguage language, long categoryId, int limit, Instant now) {
        return cards(Texts.of(language).card() + " AND c.id = :categoryId" + NEWEST_FIRST, now)
                .setParameter("categoryId", categoryId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Other public articles of the same category, for the foot of an article page. */
    public List<ArticleCard> othersInCategory(SiteLanguage language, long categoryId, long excludedId, int limit, Instant now) {
        return cards(Texts.of(language).card() + " AND c.id = :categoryId AND a.id <> :excluded" + NEWEST_FIRST, now)
                .setParameter("categoryId", categoryId)
                .setParameter("excluded", excludedId)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countInCategory(SiteLanguage language, long categoryId, Instant now) {
        return em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.category.id = :categoryId AND" + Article.PUBLIC
                        + Texts.of(language).publicAlso, Long.class)
                .setParameter("categoryId", categoryId)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .getSingleResult();
    }

    /**
     * Page {@code number} (from 1, already clamped) of a category's public articles. A deep page
     * skips thousands of articles: their ids are read first, from an index that holds all the query
     * needs (ix_article_category_public), and only the page's articles are read in full.
     */
    public Page<ArticleCard> pageInCategory(SiteLanguage language, long categoryId, int number, int size, long total, Instant now) {
        Texts texts = Texts.of(language);
        List<Long> ids = em.createQuery("SELECT a.id FROM Article a WHERE a.category.id = :categoryId AND" + Article.PUBLIC
                        + texts.publicAlso + NEWEST_FIRST, Long.class)
                .setParameter("categoryId", categoryId)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .setFirstResult(Page.offset(number, size))
                .setMaxResults(size)
                .getResultList();
        if (ids.isEmpty()) {
            return new Page<>(List.of(), number, size, total);
        }
        List<ArticleCard> items = cards(texts.card() + " AND a.id IN :ids" + NEWEST_FIRST, now)
                .setParameter("ids", ids)
                .getResultList();
        return new Page<>(items, number, size, total);
    }

    /** The public article at {@code slug} of the site in {@code language}. */
    public Optional<ArticleView> findPublic(SiteLanguage language, String slug, Instant now) {
        Texts texts = Texts.of(language);
        return em.createQuery(texts.view() + " WHERE " + texts.slug + " = :slug AND" + Article.PUBLIC + texts.publicAlso,
                        ArticleView.class)
                .setParameter("slug", slug)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("now", now)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * An article as it stands in the console, whatever its status, for staff to see it in the public
     * template before it is published: dated now if it has no publication time yet. In English
     * only if it has an English version, published or not.
     */
    public Optional<ArticleView> findPreview(SiteLanguage language, long id, Instant now) {
        Texts texts = Texts.of(language);
        return em.createQuery(texts.view() + " WHERE a.id = :id" + (language == SiteLanguage.EN
                        ? " AND a.english.title IS NOT NULL AND a.english.body IS NOT NULL" : ""), ArticleView.class)
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
