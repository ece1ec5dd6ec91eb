package vn.govportal.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.publishing.ContentChanged;
import vn.govportal.search.SearchIndexChanged;
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
    /** How many search results pages are kept besides. */
    static final int MAX_SEARCHES = 300;

    private static final Pattern COUNTER = Pattern.compile("id=\"visits-(online|today|total)\">(\\d+)<");

    @Inject
    @ConfigProperty(name = "govportal.cache.seconds", defaultValue = "10")
    private int cacheSeconds;

    private Duration lifetime;
    private long generation;
    /** Pages being rendered again right now, by one request each. */
    private final Set<String> rendering = new HashSet<>();
    private final Map<String, Page> pages = bounded(MAX_PAGES);
    /** Search results, kept apart: many different searches never push the site's pages out. */
    private final Map<String, Page> searches = bounded(MAX_SEARCHES);

    private static Map<String, Page> bounded(int most) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
                return size() > most;
            }
        };
    }

    private Map<String, Page> poolOf(String key) {
        return PublicRoute.isSearchKey(key) ? searches : pages;
    }

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
        Page page = poolOf(key).get(key);
        if (page == null || (!now.isBefore(page.expires()) && rendering.add(key))) {
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** The last copy kept under {@code key}, however old: what a visitor gets while the database cannot be reached. */
    public synchronized Optional<Page> lastCopy(String key) {
        return Optional.ofNullable(poolOf(key).get(key));
    }

    /** Where a page about to be rendered stands: a change during its rendering means it is not kept. */
    public synchronized long generation() {
        return generation;
    }

    public synchronized void keep(String key, String html, String contentType, long renderedInGeneration, Instant now) {
        rendering.remove(key);
        if (renderedInGeneration == generation && !lifetime.isZero()) {
            poolOf(key).put(key, new Page(html, contentType, now.plus(lifetime)));
        }
    }

    /** The page was not rendered after all (an error, a redirect): the next request tries. */
    public synchronized void abandon(String key) {
        if (rendering.remove(key)) {
            poolOf(key).remove(key);
        }
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        clear();
    }

    /** The search index took in a change (made here or on another instance): results may differ now. */
    void onIndexChanged(@Observes SearchIndexChanged change) {
        clear();
    }

    synchronized void clear() {
        generation++;
        pages.clear();
        searches.clear();
        rendering.clear();
    }

    /**
     * A rendered page and until when it may be served again. Its bytes are encoded once, when it
     * is kept, cut where the visit counter's numbers go: serving it writes the pieces and the
     * current numbers, with no pattern matched and nothing encoded again.
     */
    public static final class Page {

        private final String html;
        private final String contentType;
        private final Instant expires;
        /** The page's bytes between the counter's numbers: one more piece than numbers. */
        private final byte[][] pieces;
        /** Which number goes after each piece but the last: "online", "today" or "total". */
        private final String[] numbers;

        public Page(String html, String contentType, Instant expires) {
            this.html = html;
            this.contentType = contentType;
            this.expires = expires;
            List<byte[]> cut = new ArrayList<>(4);
            List<String> between = new ArrayList<>(3);
            Matcher m = COUNTER.matcher(html);
            int from = 0;
            while (m.find()) {
                cut.add(html.substring(from, m.start(2)).getBytes(StandardCharsets.UTF_8));
                between.add(m.group(1));
                from = m.end(2);
            }
            cut.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
            this.pieces = cut.toArray(new byte[0][]);
            this.numbers = between.toArray(new String[0]);
        }

        public String html() {
            return html;
        }

        public String contentType() {
            return contentType;
        }

        public Instant expires() {
            return expires;
        }

        /** The page's bytes with the counter showing {@code counts}. */
        public byte[] bytes(VisitCounts counts) {
            byte[][] values = new byte[numbers.length][];
            int length = 0;
            for (int i = 0; i < numbers.length; i++) {
                long value = switch (numbers[i]) {
                    case "online" -> counts.getOnlineNow();
                    case "today" -> counts.getToday();
                    default -> counts.getTotal();
                };
                values[i] = Long.toString(value).getBytes(StandardCharsets.US_ASCII);
                length += values[i].length;
            }
            for (byte[] piece : pieces) {
                length += piece.length;
            }
            byte[] out = new byte[length];
            int at = 0;
            for (int i = 0; i < pieces.length; i++) {
                System.arraycopy(pieces[i], 0, out, at, pieces[i].length);
                at += pieces[i].length;
                if (i < values.length) {
                    System.arraycopy(values[i], 0, out, at, values[i].length);
                    at += values[i].length;
                }
            }
            return out;
        }
    }
}
