package vn.govportal.web.admin.documents;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.govportal.document.DocumentCatalog;
import vn.govportal.document.DocumentListing;
import vn.govportal.document.DocumentType;

/** Backs {@code /admin/documents/}: the register as staff keep it, last changed first, a page at a time. */
@Named("documentsAdmin")
@ViewScoped
public class DocumentsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentCatalog catalog;

    private DocumentType type;
    private String text;
    private final LazyDataModel<DocumentListing> documents = new Rows();

    /** Re-reads the list with the filters as set; the table goes back to its first page. */
    public void filter() {
        // The lazy model reads the filters on its next load.
    }

    private final class Rows extends LazyDataModel<DocumentListing> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) catalog.count(type, text);
        }

        @Override
        public List<DocumentListing> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return catalog.page(type, text, first, pageSize);
        }

        @Override
        public String getRowKey(DocumentListing row) {
            return String.valueOf(row.id());
        }

        @Override
        public DocumentListing getRowData(String rowKey) {
            List<DocumentListing> shown = getWrappedData();
            return shown == null ? null : shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public LazyDataModel<DocumentListing> getDocuments() {
        return documents;
    }

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? null : text.strip();
    }
}
