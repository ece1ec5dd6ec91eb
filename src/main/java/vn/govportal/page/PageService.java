package vn.govportal.page;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.govportal.publishing.PublicEntry;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.text.SiteLanguage;

/** Reads the pages visitors may see, and a page as it stands for staff to preview. */
@Stateless
public class PageService {

    private static final String ENGLISH_PUBLIC = " AND p.english.published = TRUE";

    @PersistenceContext
    private EntityManager em;

    private static String view(SiteLanguage language) {
        return language == SiteLanguage.EN
                ? "SELECT NEW vn.govportal.page.PageView(p.id, p.english.title, p.english.slug, p.english.lead, p.english.body,"
                        + " p.updatedAt, p.slug, p.english.slug, p.english.published) FROM SitePage p"
                : "SELECT NEW vn.govportal.page.PageView(p.id, p.title, p.slug, p.summary, p.body,"
                        + " p.updatedAt, p.slug, p.english.slug, p.english.published) FROM SitePage p";
    }

    private static String publicIn(SiteLanguage language) {
        return " WHERE" + SitePage.PUBLIC + (language == SiteLanguage.EN ? ENGLISH_PUBLIC : "");
    }

    public Optional<PageView> findPublic(SiteLanguage language, String slug) {
        return em.createQuery(view(language) + publicIn(language)
                        + (language == SiteLanguage.EN ? " AND p.english.slug = :slug" : " AND p.slug = :slug"), PageView.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("slug", slug)
                .getResultList().stream().findFirst();
    }

    /** A page whatever its status, for staff; in English only once it has an English version. */
    public Optional<PageView> findPreview(SiteLanguage language, long id) {
        return em.createQuery(view(language) + " WHERE p.id = :id"
                        + (language == SiteLanguage.EN ? " AND p.english.title IS NOT NULL AND p.english.body IS NOT NULL" : ""), PageView.class)
                .setParameter("id", id)
                .getResultList().stream().findFirst();
    }

    /** Public pages {@code offset} to {@code offset + limit}, oldest first (the sitemap). */
    public List<PublicEntry> publicEntries(int offset, int limit) {
        return em.createQuery("SELECT NEW vn.govportal.publishing.PublicEntry(p.slug, p.english.slug, p.english.published,"
                        + " p.updatedAt, p.publishedAt) FROM SitePage p" + publicIn(SiteLanguage.VI) + " ORDER BY p.id", PublicEntry.class)
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countPublic() {
        return em.createQuery("SELECT COUNT(p) FROM SitePage p" + publicIn(SiteLanguage.VI), Long.class)
                .setParameter("published", PublicationStatus.PUBLISHED).getSingleResult();
    }
}
