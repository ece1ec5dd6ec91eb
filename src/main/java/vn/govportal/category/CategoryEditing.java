package vn.govportal.category;

import jakarta.ejb.Stateless;
import java.util.List;
import vn.govportal.publishing.EditRefused;
import vn.govportal.publishing.RecordEditing;
import vn.govportal.publishing.TextFields;
import vn.govportal.security.RequiresRole;
import vn.govportal.security.Role;
import vn.govportal.text.Slugs;

/**
 * Editors keep the site's categories: a name and an address in each language, both addresses
 * free on the site that uses them. A category that still has articles is not deleted.
 */
@Stateless
@RequiresRole(Role.EDITOR)
public class CategoryEditing extends RecordEditing {

    public static final int MAX_TEXT = 200;

    public List<Category> categories() {
        return em.createQuery("SELECT c FROM Category c ORDER BY c.sortOrder, c.name", Category.class).getResultList();
    }

    public Category save(Category category) {
        String name = TextFields.checked("name", category.getName(), MAX_TEXT, true);
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
        category.setNameEn(TextFields.checked("nameEn", category.getNameEn(), MAX_TEXT, false));
        String slugEn = TextFields.checked("slugEn", category.getSlugEn(), MAX_TEXT, false);
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
        return store(category, category.getId(), name);
    }

    public void delete(long id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            return;
        }
        long articles = em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.category.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (articles > 0) {
            throw new EditRefused(null, "site.refused.categoryInUse", articles);
        }
        Long inMenus = em.createQuery("SELECT COUNT(m) FROM MenuItem m WHERE m.target = vn.govportal.menu.MenuTarget.CATEGORY"
                + " AND m.targetId = :id", Long.class).setParameter("id", id).getSingleResult();
        if (inMenus > 0) {
            throw new EditRefused(null, "site.refused.categoryInMenu", inMenus);
        }
        remove(category, id, category.getName());
    }
}
