package vn.govportal.web.admin.articles;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.govportal.article.ArticleCatalog;
import vn.govportal.article.ArticleRow;
import vn.govportal.category.CategoryRef;
import vn.govportal.category.CategoryService;
import vn.govportal.publishing.PublicationStatus;

/** Backs {@code /admin/articles/}: every article, a page at a time, filtered and sorted in the database. */
@Named("articlesPage")
@ViewScoped
public class ArticlesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleCatalog catalog;

    @Inject
    private CategoryService categoryService;

    private PublicationStatus status;
    private Long categoryId;
    private String owner;
    private String text;
    private List<CategoryRef> categories;
    private final LazyDataModel<ArticleRow> articles = new Rows();

    @PostConstruct
    void init() {
        categories = categoryService.listAll();
    }

    private ArticleCatalog.Filter filter() {
        return new ArticleCatalog.Filter(status, categoryId, owner, text);
    }

    /** The table's lazy model: it asks the catalogue for one page and the total. */
    private final class Rows extends LazyDataModel<ArticleRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) catalog.count(filter());
        }

        @Override
        public List<ArticleRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return catalog.page(filter(), sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING, first, pageSize);
        }

        @Override
        public String getRowKey(ArticleRow row) {
            return String.valueOf(row.getId());
        }
    }

    public LazyDataModel<ArticleRow> getArticles() {
        return articles;
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }

    public List<CategoryRef> getCategories() {
        return categories;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public void setStatus(PublicationStatus status) {
        this.status = status;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
