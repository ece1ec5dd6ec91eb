package vn.govportal.web.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.govportal.page.PageEditing;
import vn.govportal.page.PageRow;
import vn.govportal.text.VietnamTime;

/** Backs {@code /admin/pages/}: every page, by title. */
@Named("pagesAdmin")
@RequestScoped
public class PagesAdminBacking {

    @Inject
    private PageEditing pages;

    private List<PageRow> rows;

    @PostConstruct
    void load() {
        rows = pages.rows();
    }

    public List<PageRow> getRows() {
        return rows;
    }

    public String updated(PageRow row) {
        return VietnamTime.shortDateTime(row.updatedAt());
    }
}
