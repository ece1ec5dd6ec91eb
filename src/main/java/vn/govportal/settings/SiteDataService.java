package vn.govportal.settings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.govportal.audit.AuditLog;
import vn.govportal.category.Category;
import vn.govportal.link.WebLink;
import vn.govportal.media.MediaFile;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.SafeUrls;
import vn.govportal.text.Slugs;
import vn.govportal.ticker.TickerItem;

/**
 * Staff keep the rest of the site current: ticker lines, links, categories (editors) and the
 * agency details, slogan and trust badge (administrators). Each save is checked against the
 * version that was edited, logged, and shown on the public site at once.
 */
@Stateless
@DeclareRoles({"AUTHOR", "EDITOR", "ADMIN"})
@RolesAllowed("EDITOR")
public class SiteDataService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ContentChanged> changed;

    public List<TickerItem> tickerItems() {
        return em.createQuery("SELECT t FROM TickerItem t ORDER BY t.sortOrder, t.id", TickerItem.class).getResultList();
    }

    public TickerItem save(TickerItem item) {
        String message = text("message", item.getMessage(), 300, true);
        item.setMessage(message);
        item.setMessageEn(text("messageEn", item.getMessageEn(), 300, false));
        item.setUrl(url("url", item.getUrl()));
        return store(item, item.getId(), "TickerItem", message);
    }

    public List<WebLink> links() {
        return em.createQuery("SELECT l FROM WebLink l ORDER BY l.groupName, l.sortOrder, l.id", WebLink.class).getResultList();
    }

    public WebLink save(WebLink link) {
        link.setTitle(text("title", link.getTitle(), 200, true));
        link.setGroupName(text("groupName", link.getGroupName(), 200, true));
        link.setTitleEn(text("titleEn", link.getTitleEn(), 200, false));
        link.setGroupNameEn(text("groupNameEn", link.getGroupNameEn(), 200, false));
        String url = url("url", link.getUrl());
        if (url == null) {
            throw new EditRefused("url", "article.refused.required");
        }
        link.setUrl(url);
        return store(link, link.getId(), "WebLink", link.getTitle());
    }

    public List<Category> categories() {
        return em.createQuery("SELECT c FROM Category c ORDER BY c.sortOrder, c.name", Category.class).getResultList();
    }

    public Category save(Category category) {
        String name = text("name", category.getName(), 200, true);
        category.setName(name);
        String slug = category.getSlug() == null || category.getSlug().isBlank() ? Slugs.slugify(name)
                : Slugs.isWellFormed(category.getSlug().strip()) ? category.getSlug().strip() : Slugs.slugify(category.getSlug());
        if (!Slugs.isWellFormed(slug)) {
            throw new EditRefused("slug", "article.refused.slug");
        }
        boolean taken = em.createQuery("SELECT c.id FROM Category c WHERE c.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().stream().anyMatch(id -> !id.equals(category.getId()));
        if (taken) {
            throw new EditRefused("slug", "article.refused.slugTaken", slug);
        }
        category.setSlug(slug);
        category.setNameEn(text("nameEn", category.getNameEn(), 200, false));
        String slugEn = text("slugEn", category.getSlugEn(), 200, false);
        if (slugEn == null && category.getNameEn() != null) {
            slugEn = Slugs.slugify(category.getNameEn());
        } else if (slugEn != null && !Slugs.isWellFormed(slugEn)) {
            slugEn = Slugs.slugify(slugEn);
        }
        if (slugEn != null && !Slugs.isWellFormed(slugEn)) {
            throw new EditRefused("slugEn", "article.refused.slug");
        }
        // The English site names a category by its English address, or its Vietnamese one where it has none: both must be free.
        String englishAddress = slugEn == null ? slug : slugEn;
        boolean englishTaken = em.createQuery("SELECT c FROM Category c", Category.class).getResultList().stream()
                .filter(c -> !c.getId().equals(category.getId()))
                .anyMatch(c -> englishAddress.equals(Category.either(c.getSlugEn(), c.getSlug())));
        if (englishTaken) {
            throw new EditRefused(slugEn == null ? "slug" : "slugEn", "article.refused.slugTaken", englishAddress);
        }
        category.setSlugEn(slugEn);
        return store(category, category.getId(), "Category", name);
    }

    /** Deletes a ticker line, link or category; a category that still has articles is kept. */
    public void delete(Object entity, long id) {
        if (!(entity instanceof TickerItem || entity instanceof WebLink || entity instanceof Category)) {
            throw new IllegalArgumentException("Not site data: " + entity.getClass().getName());
        }
        Object managed = em.find(entity.getClass(), id);
        if (managed == null) {
            return;
        }
        if (managed instanceof Category) {
            long articles = em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.category.id = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (articles > 0) {
                throw new EditRefused(null, "site.refused.categoryInUse", articles);
            }
        }
        em.remove(managed);
        audit.record(caller(), null, "DELETED", entity.getClass().getSimpleName(), id, describe(managed));
        changed.fire(new ContentChanged(entity.getClass().getSimpleName(), id));
    }

    @RolesAllowed("ADMIN")
    public SiteSettings settings() {
        SiteSettings settings = em.find(SiteSettings.class, SiteSettings.ID);
        if (settings == null) {
            settings = new SiteSettings();
            settings.setAgencyName("");
        }
        return settings;
    }

    @RolesAllowed("ADMIN")
    public SiteSettings save(SiteSettings settings) {
        settings.setAgencyName(text("agencyName", settings.getAgencyName(), 300, true));
        settings.setResponsiblePerson(text("responsiblePerson", settings.getResponsiblePerson(), 200, false));
        settings.setResponsibleTitle(text("responsibleTitle", settings.getResponsibleTitle(), 200, false));
        settings.setAddress(text("address", settings.getAddress(), 500, false));
        settings.setPhone(text("phone", settings.getPhone(), 100, false));
        settings.setFax(text("fax", settings.getFax(), 100, false));
        String email = text("email", settings.getEmail(), 200, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new EditRefused("email", "site.refused.email");
        }
        settings.setEmail(email);
        settings.setGoverningBody(text("governingBody", settings.getGoverningBody(), 300, false));
        settings.setSloganText(text("sloganText", settings.getSloganText(), 1000, false));
        settings.setAgencyNameEn(text("agencyNameEn", settings.getAgencyNameEn(), 300, false));
        settings.setResponsibleTitleEn(text("responsibleTitleEn", settings.getResponsibleTitleEn(), 200, false));
        settings.setAddressEn(text("addressEn", settings.getAddressEn(), 500, false));
        settings.setGoverningBodyEn(text("governingBodyEn", settings.getGoverningBodyEn(), 300, false));
        settings.setSloganTextEn(text("sloganTextEn", settings.getSloganTextEn(), 1000, false));
        if (settings.getSloganValidFrom() != null && settings.getSloganValidUntil() != null
                && !settings.getSloganValidUntil().isAfter(settings.getSloganValidFrom())) {
            throw new EditRefused("sloganValidUntil", "site.refused.period");
        }
        settings.setTrustBadgeUrl(url("trustBadgeUrl", settings.getTrustBadgeUrl()));
        settings.setTrustBadgeAlt(text("trustBadgeAlt", settings.getTrustBadgeAlt(), 200, false));
        if (settings.getTrustBadgeImageId() != null) {
            MediaFile badge = em.find(MediaFile.class, settings.getTrustBadgeImageId());
            if (badge == null || badge.getOriginalId() != null || !badge.getContentType().startsWith("image/")) {
                throw new EditRefused("trustBadgeImage", "site.refused.image");
            }
        }
        return store(settings, em.find(SiteSettings.class, SiteSettings.ID) == null ? null : SiteSettings.ID,
                "SiteSettings", settings.getAgencyName());
    }

    private <T> T store(T entity, Object id, String type, String detail) {
        T stored;
        try {
            if (id == null) {
                em.persist(entity);
                stored = entity;
            } else {
                stored = em.merge(entity);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new EditRefused(null, "site.refused.conflict");
        }
        Object storedId = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(stored);
        audit.record(caller(), null, id == null ? "CREATED" : "SAVED", type,
                storedId instanceof Number n ? n.longValue() : null, detail);
        changed.fire(new ContentChanged(type, null));
        return stored;
    }

    private static String describe(Object item) {
        if (item instanceof TickerItem t) {
            return t.getMessage();
        }
        if (item instanceof WebLink l) {
            return l.getTitle();
        }
        return item instanceof Category c ? c.getName() : null;
    }

    private static String text(String field, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new EditRefused(field, "article.refused.required");
        }
        if (text.length() > max) {
            throw new EditRefused(field, "article.refused.tooLong", max);
        }
        return text.isEmpty() ? null : text;
    }

    private static String url(String field, String value) {
        return SafeUrls.checked(field, value, 500);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
