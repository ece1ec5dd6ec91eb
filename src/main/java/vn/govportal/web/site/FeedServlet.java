package vn.govportal.web.site;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.govportal.article.ArticleCard;
import vn.govportal.article.ArticleService;
import vn.govportal.category.CategoryRef;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.text.SiteLanguage;
import vn.govportal.web.Messages;

/**
 * RSS 2.0 of the newest news, of all categories ({@link PublicRoute#FEED}) or of one
 * ({@link PublicRoute#CATEGORY_FEED}), written by ROME, the feed library most Java feed readers
 * and writers use, so the XML is right by construction (escaping, dates in RFC 822). Reached
 * only through the router, which caches it like a page.
 */
@WebServlet(name = "FeedServlet", urlPatterns = PublicRoute.VIEW_FOLDER + "rss")
public class FeedServlet extends HttpServlet {

    /** Items per feed: what a reader polling every hour or so needs. */
    static final int ITEMS = 20;
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    @Inject
    private ArticleService articles;

    @Inject
    private SiteChrome chrome;

    @Inject
    private SiteOrigin origin;

    /** XML cannot carry some control characters (a Word paste may hold one): they are left out, not the whole feed. */
    static String xmlText(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RouteMatch match = (RouteMatch) request.getAttribute(RouteMatch.ATTRIBUTE);
        SiteLanguage language = match.language();
        SiteChrome.Snapshot site = chrome.current(language);
        Instant now = ClusterTime.now();
        String base = origin.base(request);

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setLanguage(language.tag());
        feed.setEncoding("UTF-8");
        List<ArticleCard> items;
        if (match.route() == PublicRoute.CATEGORY_FEED) {
            Optional<CategoryRef> category = site.categories().stream().filter(c -> c.getSlug().equals(match.slug())).findFirst();
            if (category.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            feed.setTitle(xmlText(category.get().getName() + " - " + site.site().getAgencyName()));
            feed.setLink(base + PublicRoute.CATEGORY.url(language, category.get().getSlug()));
            feed.setDescription(xmlText(Messages.format(language.locale(), "feed.category", category.get().getName(), site.site().getAgencyName())));
            items = articles.latestInCategory(language, category.get().getId(), ITEMS, now);
        } else {
            feed.setTitle(xmlText(Messages.format(language.locale(), "feed.title", site.site().getAgencyName())));
            feed.setLink(base + PublicRoute.HOME.url(language, null));
            feed.setDescription(xmlText(Messages.format(language.locale(), "feed.description", site.site().getAgencyName())));
            items = articles.latest(language, ITEMS, now);
        }
        List<SyndEntry> entries = new ArrayList<>(items.size());
        for (ArticleCard article : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(xmlText(article.getTitle()));
            String link = base + PublicRoute.ARTICLE.url(language, article.getSlug());
            entry.setLink(link);
            entry.setUri(link);
            entry.setPublishedDate(Date.from(article.getPublishedAt()));
            if (article.getLead() != null && !article.getLead().isBlank()) {
                SyndContent description = new SyndContentImpl();
                description.setType("text/plain");
                description.setValue(xmlText(article.getLead()));
                entry.setDescription(description);
            }
            SyndCategory category = new SyndCategoryImpl();
            category.setName(xmlText(article.getCategoryName()));
            entry.setCategories(List.of(category));
            entries.add(entry);
        }
        feed.setEntries(entries);
        feed.setPublishedDate(items.isEmpty() ? null : Date.from(items.get(0).getPublishedAt()));

        response.setContentType("application/rss+xml");
        response.setCharacterEncoding("UTF-8");
        try {
            new SyndFeedOutput().output(feed, response.getWriter());
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }
}
