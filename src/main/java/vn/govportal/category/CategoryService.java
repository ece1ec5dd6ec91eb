package vn.govportal.category;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@Stateless
public class CategoryService {

    @PersistenceContext
    private EntityManager em;

    /** All categories in the order staff set, for the menu and the home page. */
    public List<CategoryRef> listAll() {
        return em.createNamedQuery("Category.findAllRefs", CategoryRef.class).getResultList();
    }
}
