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
import vn.govportal.web.Pages;

/** Backs {@link PublicRoute#ARTICLE}: a published article and others from its category; and its preview for staff. */
@Named("articlePage")
@RequestScoped
public class ArticleBacking {

    static final int OTHERS = 6;

    @Inject
    private ArticleService articles;

    private ArticleView article;
    private List<ArticleCard> others;

    public void load() {
        Instant now = Instant.now();
        OptionalLong preview = Pages.previewId();
        Optional<ArticleView> found = preview.isPresent() ? articles.findPreview(preview.getAsLong(), now)
                : articles.findPublic(RouteMatch.current().slug(), now);
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        article = found.get();
        others = articles.othersInCategory(article.getCategoryId(), article.getId(), OTHERS, now);
    }

    public ArticleView getArticle() {
        return article;
    }

    public List<ArticleCard> getOthers() {
        return others;
    }
}
