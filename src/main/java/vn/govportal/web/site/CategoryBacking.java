package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import vn.govportal.article.ArticleCard;
import vn.govportal.article.ArticleService;
import vn.govportal.category.CategoryRef;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.paging.Page;
import vn.govportal.text.SiteLanguage;
import vn.govportal.web.Pages;

/** Backs a category's page ({@link PublicRoute#CATEGORY}): one page of its articles. */
@Named("categoryPage")
@RequestScoped
public class CategoryBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    private ArticleService articles;

    @Inject
    private SiteChrome chrome;

    @Inject
    private PageMeta meta;

    private CategoryRef category;
    private Page<ArticleCard> page;

    public void load() {
        SiteLanguage language = RouteMatch.current().language();
        Optional<CategoryRef> found = chrome.current(language).categories().stream()
                .filter(c -> c.getSlug().equals(RouteMatch.current().slug()))
                .findFirst();
        OptionalLong requested = RouteMatch.requestedPage();
        if (found.isEmpty() || requested.isEmpty()) {
            Pages.notFound();
            return;
        }
        category = found.get();
        SiteLanguage other = language == SiteLanguage.VI ? SiteLanguage.EN : SiteLanguage.VI;
        chrome.current(other).categories().stream().filter(c -> c.getId() == category.getId()).findFirst()
                .ifPresent(c -> meta.alternate(PublicRoute.CATEGORY, c.getSlug(), true));
        Instant now = ClusterTime.now();
        long total = articles.countInCategory(language, category.getId(), now);
        int number = Page.clamp(requested.getAsLong(), total, PAGE_SIZE);
        if (number != requested.getAsLong()) {
            Pages.redirectTo(pageUrl(number));
            return;
        }
        page = articles.pageInCategory(language, category.getId(), number, PAGE_SIZE, total, now);
    }

    public CategoryRef getCategory() {
        return category;
    }

    public Page<ArticleCard> getPage() {
        return page;
    }

    public String pageUrl(int number) {
        return PublicRoute.CATEGORY.pageUrl(RouteMatch.current().language(), category.getSlug(), number);
    }
}
