package vn.govportal.web.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.govportal.article.ArticleCard;
import vn.govportal.article.ArticleService;
import vn.govportal.category.CategoryRef;
import vn.govportal.text.SiteLanguage;

/** The home page's articles: the featured one and the newest of each category. Read-only. */
public final class HomeContent {

    /** Articles per category block. */
    static final int PER_CATEGORY = 4;

    private final ArticleCard featured;
    private final List<CategoryBlock> blocks;

    private HomeContent(ArticleCard featured, List<CategoryBlock> blocks) {
        this.featured = featured;
        this.blocks = List.copyOf(blocks);
    }

    public static HomeContent load(ArticleService articles, SiteLanguage language, List<CategoryRef> categories, Instant now) {
        ArticleCard featured = articles.featured(language, now).orElse(null);
        List<CategoryBlock> blocks = new ArrayList<>();
        for (CategoryRef category : categories) {
            List<ArticleCard> latest = articles.latestInCategory(language, category.getId(), PER_CATEGORY + 1, now).stream()
                    .filter(a -> featured == null || a.getId() != featured.getId())
                    .limit(PER_CATEGORY)
                    .toList();
            if (!latest.isEmpty()) {
                blocks.add(new CategoryBlock(category, latest));
            }
        }
        return new HomeContent(featured, blocks);
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

    public boolean isNothingPublished() {
        return featured == null && blocks.isEmpty();
    }

    /** A category with its newest articles: the first shown large, the rest as a list. */
    public static final class CategoryBlock {

        private final CategoryRef category;
        private final ArticleCard lead;
        private final List<ArticleCard> more;

        CategoryBlock(CategoryRef category, List<ArticleCard> articles) {
            this.category = category;
            this.lead = articles.get(0);
            this.more = List.copyOf(articles.subList(1, articles.size()));
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
