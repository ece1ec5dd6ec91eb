package vn.govportal.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.article.ArticleService;
import vn.govportal.category.CategoryRef;
import vn.govportal.category.CategoryService;
import vn.govportal.link.LinkGroup;
import vn.govportal.link.LinkService;
import vn.govportal.notice.NoticeService;
import vn.govportal.notice.NoticeView;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.settings.SiteInfo;
import vn.govportal.settings.SiteSettingsService;
import vn.govportal.ticker.TickerService;
import vn.govportal.ticker.TickerService.TickerLine;
import vn.govportal.web.site.HomeContent;

/**
 * What every public page shows around its content (agency details, menu, ticker, notices,
 * links), and the home page's articles: read once and shared by all requests for a few
 * seconds ({@code govportal.cache.seconds}), so the busiest pages cost the database almost
 * nothing. Content due to appear is therefore public within that period of its time.
 */
@ApplicationScoped
public class SiteChrome {

    /** Notices in the sidebar. */
    static final int SIDEBAR_NOTICES = 5;

    @Inject
    private SiteSettingsService settings;

    @Inject
    private CategoryService categories;

    @Inject
    private TickerService ticker;

    @Inject
    private LinkService links;

    @Inject
    private NoticeService notices;

    @Inject
    private ArticleService articles;

    @Inject
    @ConfigProperty(name = "govportal.cache.seconds", defaultValue = "10")
    private int cacheSeconds;

    private TimedValue<Snapshot> snapshot;
    private TimedValue<HomeContent> home;

    @PostConstruct
    void init() {
        Duration lifetime = Duration.ofSeconds(Math.max(0, cacheSeconds));
        snapshot = new TimedValue<>(now -> new Snapshot(settings.current(now), categories.listAll(), ticker.active(),
                links.grouped(), notices.latest(SIDEBAR_NOTICES, now)), lifetime);
        home = new TimedValue<>(now -> HomeContent.load(articles, current().categories(), now), lifetime);
    }

    public Snapshot current() {
        return snapshot.get(Instant.now());
    }

    public HomeContent home() {
        return home.get(Instant.now());
    }

    /** Drops what was read, so the next page shows what staff just saved. */
    public void invalidate() {
        snapshot.invalidate();
        home.invalidate();
    }

    /** After the change has committed: dropping it earlier lets a request re-read the old data. */
    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        invalidate();
    }

    /** The page surroundings at one moment. */
    public record Snapshot(SiteInfo site, List<CategoryRef> categories, List<TickerLine> ticker,
            List<LinkGroup> links, List<NoticeView> notices) {
    }
}
