package vn.govportal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.category.CategoryRef;
import vn.govportal.category.CategoryService;
import vn.govportal.link.LinkGroup;
import vn.govportal.link.LinkService;
import vn.govportal.notice.NoticeService;
import vn.govportal.notice.NoticeView;
import vn.govportal.settings.SiteInfo;
import vn.govportal.settings.SiteSettingsService;
import vn.govportal.ticker.TickerService;
import vn.govportal.ticker.TickerService.TickerLine;

/**
 * What every public page shows around its content (agency details, menu, ticker, notices,
 * links), read once and shared by all requests for a few seconds, so a page view costs the
 * database only the queries for its own content.
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
    @ConfigProperty(name = "govportal.cache.seconds", defaultValue = "10")
    private int cacheSeconds;

    private volatile Snapshot snapshot;

    public Snapshot current() {
        Instant now = Instant.now();
        Snapshot current = snapshot;
        if (current == null || !now.isBefore(current.expires())) {
            current = new Snapshot(settings.current(now), categories.listAll(), ticker.active(), links.grouped(),
                    notices.latest(SIDEBAR_NOTICES, now), now.plus(Duration.ofSeconds(cacheSeconds)));
            snapshot = current;
        }
        return current;
    }

    /** Drops what was read, so the next page shows what staff just saved. */
    public void invalidate() {
        snapshot = null;
    }

    /** The page surroundings at one moment. */
    public record Snapshot(SiteInfo site, List<CategoryRef> categories, List<TickerLine> ticker,
            List<LinkGroup> links, List<NoticeView> notices, Instant expires) {
    }
}
