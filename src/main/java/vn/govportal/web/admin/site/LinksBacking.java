package vn.govportal.web.admin.site;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import vn.govportal.link.LinkEditing;
import vn.govportal.link.WebLink;

/** Backs {@code /admin/site/links.xhtml}: links to related sites, in groups. */
@Named("linksPage")
@ViewScoped
public class LinksBacking extends SiteListBacking<WebLink> {

    private static final long serialVersionUID = 1L;

    @Inject
    private LinkEditing links;

    @PostConstruct
    void init() {
        reload();
    }

    @Override
    List<WebLink> load() {
        return links.links();
    }

    @Override
    WebLink blank() {
        WebLink link = new WebLink();
        link.setSortOrder(getRows() == null ? 1 : getRows().size() + 1);
        return link;
    }

    @Override
    WebLink store(WebLink row) {
        return links.save(row);
    }

    @Override
    Long idOf(WebLink row) {
        return row.getId();
    }

    @Override
    String describe(WebLink row) {
        return row.getTitle() + " — " + row.getUrl();
    }

    @Override
    void remove(long id) {
        links.delete(id);
    }
}
