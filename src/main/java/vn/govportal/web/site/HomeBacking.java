package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.govportal.article.ArticleCard;
import vn.govportal.article.ArticleService;
import vn.govportal.category.CategoryRef;
import vn.govportal.web.SiteChrome;

/** Backs the home page: the featured article and the latest articles of each category. */
@Named("homePage")
@RequestScoped
public class HomeBacking {

    /** Articles per category block. */
    static final int PER_CATEGORY = 4;

    @Inject
    private ArticleService articles;

    @Inject
    private SiteChrome chrome;

    private ArticleCard featured;
    private List<CategoryBlock> blocks;

    public void load() {
        Instant now = Instant.now();
        featured = articles.featured(now).orElse(null);
        blocks = new ArrayList<>();
        for (CategoryRef category : chrome.current().categories()) {
            List<ArticleCard> latest = articles.latestInCategory(category.getId(), PER_CATEGORY + 1, now).stream()
                    .filter(a -> featured == null || a.getId() != featured.getId())
                    .limit(PER_CATEGORY)
                    .toList();
            if (!latest.isEmpty()) {
                blocks.add(new CategoryBlock(category, latest));
            }
        }
    }

    public ArticleCard getFeatured() {
        return featured;
    }

    public boolean isHasFeatured() {
        return featured != null;
    }

    public List<CategoryBlock> getBlocks() {
        return blocks;
    }

    /** A category with its newest articles: the first shown large, the rest as a list. */
    public static final class CategoryBlock {

        private final CategoryRef category;
        private final ArticleCard lead;
        private final List<ArticleCard> more;

        CategoryBlock(CategoryRef category, List<ArticleCard> articles) {
            this.category = category;
            this.lead = articles.get(0);
            this.more = articles.subList(1, articles.size());
        }

        public CategoryRef getCategory() {
            return category;
        }

        public ArticleCard getLead() {
            return lead;
        }

        public List<ArticleCard> getMore() {
            return more;
        }
    }
}
