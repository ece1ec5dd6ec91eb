package vn.govportal.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.article.ArticleService;
import vn.govportal.category.CategoryRef;
import vn.govportal.category.CategoryService;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.link.LinkGroup;
import vn.govportal.link.LinkService;
import vn.govportal.menu.Menu;
import vn.govportal.menu.MenuLink;
import vn.govportal.menu.MenuService;
import vn.govportal.notice.NoticeService;
import vn.govportal.notice.NoticeView;
import vn.govportal.publishing.ContentCommitted;
import vn.govportal.settings.SiteInfo;
import vn.govportal.settings.SiteSettingsService;
import vn.govportal.text.SiteLanguage;
import vn.govportal.ticker.TickerService.TickerLine;
import vn.govportal.ticker.TickerService;
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
    private MenuService menus;

    @Inject
    @ConfigProperty(name = "govportal.cache.seconds", defaultValue = "10")
    private int cacheSeconds;

    /** Each language's site apart: its own texts, its own articles and notices. */
    private final Map<SiteLanguage, TimedValue<Snapshot>> snapshots = new EnumMap<>(SiteLanguage.class);
    private final Map<SiteLanguage, TimedValue<HomeContent>> homes = new EnumMap<>(SiteLanguage.class);

    @PostConstruct
    void init() {
        Duration lifetime = Duration.ofSeconds(Math.max(0, cacheSeconds));
        for (SiteLanguage language : SiteLanguage.values()) {
            snapshots.put(language, new TimedValue<>(now -> new Snapshot(settings.current(language, now),
                    categories.listAll(language), ticker.active(language), links.grouped(language),
                    notices.latest(language, SIDEBAR_NOTICES, now), menus.links(Menu.MAIN, language),
                    menus.links(Menu.FOOTER, language)), lifetime));
            homes.put(language, new TimedValue<>(now -> HomeContent.load(articles, language, current(language).categories(), now),
                    lifetime));
        }
    }

    public Snapshot current(SiteLanguage language) {
        return snapshots.get(language).get(ClusterTime.now());
    }

    public HomeContent home(SiteLanguage language) {
        return homes.get(language).get(ClusterTime.now());
    }

    /** Drops what was read, so the next page shows what staff just saved. */
    public void invalidate() {
        snapshots.values().forEach(TimedValue::invalidate);
        homes.values().forEach(TimedValue::invalidate);
    }

    /** After the change has committed: dropping it earlier lets a request re-read the old data. */
    void onContentCommitted(@Observes ContentCommitted change) {
        invalidate();
    }

    /** The page surroundings at one moment. */
    public record Snapshot(SiteInfo site, List<CategoryRef> categories, List<TickerLine> ticker,
            List<LinkGroup> links, List<NoticeView> notices, List<MenuLink> mainMenu, List<MenuLink> footerMenu) {
    }
}
