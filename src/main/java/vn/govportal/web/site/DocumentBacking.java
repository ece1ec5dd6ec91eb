package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.document.DocumentDetail;
import vn.govportal.document.DocumentRegister;
import vn.govportal.text.SiteLanguage;
import vn.govportal.text.VietnamTime;
import vn.govportal.web.Pages;

/** Backs {@link PublicRoute#DOCUMENT}: one document of the register, its files and relations. */
@Named("documentPage")
@RequestScoped
public class DocumentBacking {

    @Inject
    private DocumentRegister register;

    @Inject
    private PageMeta meta;

    private DocumentDetail document;

    public void load() {
        SiteLanguage language = RouteMatch.current().language();
        Optional<DocumentDetail> found = register.findPublic(RouteMatch.current().slug(), language, VietnamTime.today(ClusterTime.now()));
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        document = found.get();
        // Every document is on both sites (its trích yếu translated or not): the switch leads to the same one.
        meta.alternate(PublicRoute.DOCUMENT, document.getRow().getSlug(), true);
    }

    public DocumentDetail getDocument() {
        return document;
    }

    public boolean isEnglish() {
        return RouteMatch.current().language() == SiteLanguage.EN;
    }
}
