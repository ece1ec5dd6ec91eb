package vn.govportal.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.stats.VisitCounts;

/**
 * The rendered HTML of the busiest public pages, reused for {@code govportal.cache.seconds} as
 * the data behind them already is (see {@link SiteChrome}): rendering a page is what a visit
 * costs, so serving the same page again costs almost nothing. A staff change empties it at once,
 * after it commits. Only the visit counter changes from one request to the next: it is written
 * in fresh as each page goes out. When a page's time is up, one request renders it again while
 * the others are still served the previous copy, so a busy page never makes every visitor wait
 * at once. Bounded in size, so memory does not grow with the number of addresses visitors try.
 */
@ApplicationScoped
public class PublicPageCache {

    /** How many pages are kept; the least recently used goes first. About 40 KB each. */
    static final int MAX_PAGES = 200;

    private static final Pattern COUNTER = Pattern.compile("id=\"visits-(online|today|total)\">\\d+<");

    @Inject
    @ConfigProperty(name = "govportal.cache.seconds", defaultValue = "10")
    private int cacheSeconds;

    private Duration lifetime;
    private long generation;
    /** Pages being rendered again right now, by one request each. */
    private final Set<String> rendering = new HashSet<>();
    private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > MAX_PAGES;
        }
    };

    @PostConstruct
    void init() {
        keepFor(Duration.ofSeconds(Math.max(0, cacheSeconds)));
    }

    void keepFor(Duration lifetime) {
        this.lifetime = lifetime;
    }

    /**
     * The page kept under {@code key}; empty if the caller is to render it (and then
     * {@link #keep} or {@link #abandon} it).
     */
    public synchronized Optional<Page> get(String key, Instant now) {
        Page page = pages.get(key);
        if (page == null || (!now.isBefore(page.expires()) && rendering.add(key))) {
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** The last copy kept under {@code key}, however old: what a visitor gets while the database cannot be reached. */
    public synchronized Optional<Page> lastCopy(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    /** Where a page about to be rendered stands: a change during its rendering means it is not kept. */
    public synchronized long generation() {
        return generation;
    }

    public synchronized void keep(String key, String html, String contentType, long renderedInGeneration, Instant now) {
        rendering.remove(key);
        if (renderedInGeneration == generation && !lifetime.isZero()) {
            pages.put(key, new Page(html, contentType, now.plus(lifetime)));
        }
    }

    /** The page was not rendered after all (an error, a redirect): the next request tries. */
    public synchronized void abandon(String key) {
        if (rendering.remove(key)) {
            pages.remove(key);
        }
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        clear();
    }

    synchronized void clear() {
        generation++;
        pages.clear();
        rendering.clear();
    }

    /** A page as rendered, with the visit counter set to {@code counts}. */
    public static String withCounts(String html, VisitCounts counts) {
        Matcher m = COUNTER.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 16);
        while (m.find()) {
            long value = switch (m.group(1)) {
                case "online" -> counts.getOnlineNow();
                case "today" -> counts.getToday();
                default -> counts.getTotal();
            };
            m.appendReplacement(out, "id=\"visits-" + m.group(1) + "\">" + value + "<");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A rendered page and until when it may be served again. */
    public record Page(String html, String contentType, Instant expires) {
    }
}
