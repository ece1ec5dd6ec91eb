package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.govportal.article.ArticleCard;
import vn.govportal.article.ArticleService;
import vn.govportal.article.ArticleView;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.text.SiteLanguage;
import vn.govportal.web.Pages;

/** Backs {@link PublicRoute#ARTICLE}: a published article and others from its category; and its preview for staff. */
@Named("articlePage")
@RequestScoped
public class ArticleBacking {

    static final int OTHERS = 6;

    @Inject
    private ArticleService articles;

    @Inject
    private SiteChrome chrome;

    @Inject
    private PageMeta meta;

    private ArticleView article;
    private List<ArticleCard> others;

    public void load() {
        Instant now = ClusterTime.now();
        OptionalLong preview = Pages.previewId();
        SiteLanguage language = RouteMatch.current().language();
        Optional<ArticleView> found = preview.isPresent() ? articles.findPreview(language, preview.getAsLong(), now)
                : articles.findPublic(language, RouteMatch.current().slug(), now);
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        article = found.get();
        others = articles.othersInCategory(language, article.getCategoryId(), article.getId(), OTHERS, now);
        SiteLanguage other = language == SiteLanguage.VI ? SiteLanguage.EN : SiteLanguage.VI;
        String translated = article.slugIn(other);
        if (translated != null) {
            meta.alternate(PublicRoute.ARTICLE, translated, true);
        } else {
            // Not translated: the switch leads to its category on the other site.
            chrome.current(other).categories().stream().filter(c -> c.getId() == article.getCategoryId()).findFirst()
                    .ifPresent(c -> meta.alternate(PublicRoute.CATEGORY, c.getSlug(), false));
        }
    }

    public ArticleView getArticle() {
        return article;
    }

    public List<ArticleCard> getOthers() {
        return others;
    }
}
