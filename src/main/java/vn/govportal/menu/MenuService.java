package vn.govportal.menu;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.govportal.category.CategoryRef;
import vn.govportal.category.CategoryService;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.text.SiteLanguage;

/** Reads a menu as the public site in one language shows it. */
@Stateless
public class MenuService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CategoryService categories;

    /** Every item of both menus, top-level ones first in their order, for the console. */
    public List<MenuItem> items(Menu menu) {
        return em.createQuery("SELECT m FROM MenuItem m WHERE m.menu = :menu ORDER BY m.sortOrder, m.id", MenuItem.class)
                .setParameter("menu", menu).getResultList();
    }

    /**
     * The menu's items in {@code language}, nested. An item that leads nowhere there is left out,
     * with its sub-items: a page not published (or without a public English version), a category
     * that is gone, an item with no label in that language.
     */
    public List<MenuLink> links(Menu menu, SiteLanguage language) {
        Map<Long, String> categorySlugs = new HashMap<>();
        for (CategoryRef category : categories.listAll(language)) {
            categorySlugs.put(category.getId(), category.getSlug());
        }
        Map<Long, String> pageSlugs = new HashMap<>();
        String pages = language == SiteLanguage.EN
                ? "SELECT p.id, p.english.slug FROM SitePage p WHERE p.status = :published AND p.english.published = TRUE"
                : "SELECT p.id, p.slug FROM SitePage p WHERE p.status = :published";
        for (Object[] row : em.createQuery(pages, Object[].class).setParameter("published", PublicationStatus.PUBLISHED).getResultList()) {
            pageSlugs.put((Long) row[0], (String) row[1]);
        }
        List<MenuItem> all = items(menu);
        Map<Long, List<MenuLink>> children = new LinkedHashMap<>();
        List<MenuItem> tops = new ArrayList<>();
        for (MenuItem item : all) {
            if (item.getParentId() == null) {
                tops.add(item);
                children.put(item.getId(), new ArrayList<>());
            }
        }
        for (MenuItem item : all) {
            List<MenuLink> siblings = item.getParentId() == null ? null : children.get(item.getParentId());
            MenuLink link = siblings == null ? null : resolve(item, language, categorySlugs, pageSlugs, List.of());
            if (link != null) {
                siblings.add(link);
            }
        }
        List<MenuLink> links = new ArrayList<>(tops.size());
        for (MenuItem top : tops) {
            MenuLink link = resolve(top, language, categorySlugs, pageSlugs, List.copyOf(children.get(top.getId())));
            if (link != null) {
                links.add(link);
            }
        }
        return List.copyOf(links);
    }

    private static MenuLink resolve(MenuItem item, SiteLanguage language, Map<Long, String> categorySlugs,
            Map<Long, String> pageSlugs, List<MenuLink> children) {
        String label = language == SiteLanguage.EN ? item.getLabelEn() : item.getLabel();
        if (label == null || label.isBlank()) {
            return null;
        }
        String slug = null;
        if (item.getTarget() == MenuTarget.CATEGORY) {
            slug = categorySlugs.get(item.getTargetId());
        } else if (item.getTarget() == MenuTarget.PAGE) {
            slug = pageSlugs.get(item.getTargetId());
        }
        if (item.getTarget().takesItem() && slug == null || item.getTarget() == MenuTarget.URL && item.getUrl() == null) {
            return null;
        }
        return new MenuLink(label, item.getTarget(), slug, item.getUrl(), children);
    }
}
