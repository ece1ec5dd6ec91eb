package vn.govportal.web.admin.site;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.ticker.TickerEditing;
import vn.govportal.ticker.TickerItem;

/** Backs {@code /admin/site/ticker.xhtml}: the header's news ticker lines. */
@Named("tickerPage")
@ViewScoped
public class TickerBacking extends SiteListBacking<TickerItem> {

    private static final long serialVersionUID = 1L;

    @Inject
    private TickerEditing ticker;

    @PostConstruct
    void init() {
        reload();
    }

    @Override
    List<TickerItem> load() {
        return ticker.items();
    }

    @Override
    TickerItem blank() {
        TickerItem item = new TickerItem();
        item.setSortOrder(getRows() == null ? 1 : getRows().size() + 1);
        return item;
    }

    @Override
    TickerItem store(TickerItem row) {
        return ticker.save(row);
    }

    @Override
    Long idOf(TickerItem row) {
        return row.getId();
    }

    @Override
    String describe(TickerItem row) {
        return row.getMessage();
    }

    @Override
    void remove(long id) {
        ticker.delete(id);
    }
}
