package vn.govportal.web.admin.site;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.category.Category;

/** Backs {@code /admin/site/categories.xhtml}: the public site's categories and their order. */
@Named("categoriesPage")
@ViewScoped
public class CategoriesBacking extends SiteListBacking<Category> {

    private static final long serialVersionUID = 1L;

    @PostConstruct
    void init() {
        reload();
    }

    @Override
    List<Category> load() {
        return site.categories();
    }

    @Override
    Category blank() {
        Category category = new Category();
        category.setSortOrder(getRows() == null ? 1 : getRows().size() + 1);
        return category;
    }

    @Override
    Category store(Category row) {
        return site.save(row);
    }

    @Override
    Long idOf(Category row) {
        return row.getId();
    }

    @Override
    String describe(Category row) {
        return row.getName();
    }
}
