package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.OptionalLong;
import vn.govportal.page.PageService;
import vn.govportal.page.PageView;
import vn.govportal.text.SiteLanguage;
import vn.govportal.web.Pages;

/** Backs {@link PublicRoute#INFO_PAGE}: one of the pages staff write (about the agency, contacts, privacy). */
@Named("infoPage")
@RequestScoped
public class PageBacking {

    @Inject
    private PageService pages;

    @Inject
    private PageMeta meta;

    private PageView page;

    public void load() {
        OptionalLong preview = Pages.previewId();
        SiteLanguage language = RouteMatch.current().language();
        Optional<PageView> found = preview.isPresent() ? pages.findPreview(language, preview.getAsLong())
                : pages.findPublic(language, RouteMatch.current().slug());
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        page = found.get();
        String translated = page.slugIn(language == SiteLanguage.VI ? SiteLanguage.EN : SiteLanguage.VI);
        if (translated != null) {
            meta.alternate(PublicRoute.INFO_PAGE, translated, true);
        } else {
            meta.alternate(PublicRoute.HOME, null, false);
        }
    }

    public PageView getPage() {
        return page;
    }
}
