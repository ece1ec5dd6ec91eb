package vn.govportal.web.admin.articles;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.govportal.article.ArticleBulkEditing;
import vn.govportal.article.ArticleCatalog;
import vn.govportal.article.ArticleEditing;
import vn.govportal.article.ArticleRow;
import vn.govportal.category.CategoryRef;
import vn.govportal.category.CategoryService;
import vn.govportal.publishing.BulkOutcome;
import vn.govportal.publishing.PublicationStatus;
import vn.govportal.web.Messages;

/**
 * Backs {@code /admin/articles/}: every article, a page at a time, filtered and sorted in the
 * database; the articles ticked on the page can be published, taken down, moved to a category or
 * deleted together, each as if on its own page (see ArticleBulkEditing).
 */
@Named("articlesPage")
@ViewScoped
public class ArticlesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleCatalog catalog;

    @Inject
    private CategoryService categoryService;

    @Inject
    private ArticleEditing editing;

    @Inject
    private ArticleBulkEditing bulk;

    @Inject
    private FacesContext faces;

    private PublicationStatus status;
    private Long categoryId;
    private String owner;
    private String text;
    private List<CategoryRef> categories;
    private final LazyDataModel<ArticleRow> articles = new Rows();
    private boolean editor;
    private List<ArticleRow> selected = new ArrayList<>();
    private Long targetCategoryId;

    @PostConstruct
    void init() {
        categories = categoryService.listAll();
        editor = editing.isEditor();
    }

    public void publish() {
        apply("bulk.articles.published", bulk::publish);
    }

    public void unpublish() {
        apply("bulk.articles.unpublished", bulk::unpublish);
    }

    public void moveToCategory() {
        CategoryRef target = targetCategoryId == null ? null
                : categories.stream().filter(c -> c.getId() == targetCategoryId).findFirst().orElse(null);
        if (target == null) {
            faces.addMessage("articles:targetCategory", new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text("bulk.chooseCategory"), null));
            faces.validationFailed();
            return;
        }
        apply("bulk.articles.moved", ids -> bulk.moveTo(ids, target.getId()), target.getName());
    }

    public void delete() {
        apply("bulk.articles.deleted", bulk::delete);
    }

    /** Does one action to every ticked article and says what came of it: done, not permitted, not possible now. */
    private void apply(String doneKey, Function<List<Long>, BulkOutcome> action, Object... details) {
        if (selected == null || selected.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text("bulk.noneSelected"), null));
            return;
        }
        BulkOutcome outcome = action.apply(selected.stream().map(ArticleRow::getId).toList());
        List<String> parts = new ArrayList<>();
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = outcome.done();
        System.arraycopy(details, 0, arguments, 1, details.length);
        parts.add(Messages.format(doneKey, arguments));
        if (outcome.refused() > 0) {
            parts.add(Messages.format("bulk.articles.refused", outcome.refused()));
        }
        if (outcome.skipped() > 0) {
            parts.add(Messages.format("bulk.articles.skipped", outcome.skipped()));
        }
        faces.addMessage(null, new FacesMessage(outcome.complete() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                String.join("; ", parts), null));
        selected = new ArrayList<>();
    }

    /** What a row's tick box is called (no row: the box that ticks every row of the page). */
    public String selectLabel(ArticleRow row) {
        return row == null ? Messages.text("bulk.selectAll") : Messages.format("bulk.selectItem", row.getTitle());
    }

    /** Whether this member publishes and takes down articles: editors and administrators. */
    public boolean isEditor() {
        return editor;
    }

    public List<ArticleRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ArticleRow> selected) {
        this.selected = selected;
    }

    public Long getTargetCategoryId() {
        return targetCategoryId;
    }

    public void setTargetCategoryId(Long targetCategoryId) {
        this.targetCategoryId = targetCategoryId;
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

        /** A ticked row, among those of the page shown. */
        @Override
        public ArticleRow getRowData(String rowKey) {
            List<ArticleRow> shown = getWrappedData();
            return shown == null ? null : shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
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
