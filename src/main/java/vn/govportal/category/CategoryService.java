package vn.govportal.category;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.govportal.text.SiteLanguage;

@Stateless
public class CategoryService {

    @PersistenceContext
    private EntityManager em;

    /** All categories in the order staff set, for the menu and the home page. */
    public List<CategoryRef> listAll() {
        return em.createNamedQuery("Category.findAllRefs", CategoryRef.class).getResultList();
    }

    /** All categories as the site in {@code language} names them: in English where staff gave an English name and address. */
    public List<CategoryRef> listAll(SiteLanguage language) {
        if (language == SiteLanguage.VI) {
            return listAll();
        }
        return em.createQuery("SELECT c FROM Category c ORDER BY c.sortOrder, c.name", Category.class).getResultList().stream()
                .map(c -> new CategoryRef(c.getId(), Category.either(c.getNameEn(), c.getName()), Category.either(c.getSlugEn(), c.getSlug())))
                .toList();
    }
}
