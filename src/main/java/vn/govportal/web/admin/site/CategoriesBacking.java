package vn.govportal.web.admin.site;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.category.Category;
import vn.govportal.category.CategoryEditing;

/** Backs {@code /admin/site/categories.xhtml}: the public site's categories and their order. */
@Named("categoriesPage")
@ViewScoped
public class CategoriesBacking extends SiteListBacking<Category> {

    private static final long serialVersionUID = 1L;

    @Inject
    private CategoryEditing categories;

    @PostConstruct
    void init() {
        reload();
    }

    @Override
    List<Category> load() {
        return categories.categories();
    }

    @Override
    Category blank() {
        Category category = new Category();
        category.setSortOrder(getRows() == null ? 1 : getRows().size() + 1);
        return category;
    }

    @Override
    Category store(Category row) {
        return categories.save(row);
    }

    @Override
    Long idOf(Category row) {
        return row.getId();
    }

    @Override
    String describe(Category row) {
        return row.getName();
    }

    @Override
    void remove(long id) {
        categories.delete(id);
    }
}
