package vn.govportal.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.govportal.publishing.ContentCommitted;
import vn.govportal.search.SearchIndexChanged;
import vn.govportal.web.Gzip;

/**
 * The rendered public pages, reused for {@code govportal.cache.seconds} as the data behind them
 * already is (see {@link SiteChrome}): rendering a page is what a visit costs, so serving the
 * same page again costs almost nothing. Each is kept as bytes made once, when it is kept: as
 * UTF-8, gzipped, and with its entity tag; serving it only writes them. Reading takes no lock, so
 * visitors never queue behind one another; keeping, and emptying it, are rare and do. A staff
 * change empties it at once, after it commits. When a page's time is up, one request renders it
 * again while the others are still served the previous copy, so a busy page never makes every
 * visitor wait at once. Bounded in size, so memory does not grow with the addresses visitors try.
 */
@ApplicationScoped
public class PublicPageCache {

    /** How many pages are kept; the least recently used goes first. About 40 KB each, and a third of that gzipped. */
    static final int MAX_PAGES = 200;
    /** How many search results pages are kept besides. */
    static final int MAX_SEARCHES = 300;

    @Inject
    @ConfigProperty(name = "govportal.cache.seconds", defaultValue = "10")
    private int cacheSeconds;

    private volatile Duration lifetime;
    private final AtomicLong generation = new AtomicLong();
    /** Pages being rendered again right now, by one request each. */
    private final Set<String> rendering = ConcurrentHashMap.newKeySet();
    private final Map<String, Kept> pages = new ConcurrentHashMap<>();
    /** Search results, kept apart: many different searches never push the site's pages out. */
    private final Map<String, Kept> searches = new ConcurrentHashMap<>();
    /** Orders uses without a lock: a later use has a larger number. */
    private final AtomicLong uses = new AtomicLong();

    /** A page and when it was last served, for choosing which to let go. */
    private static final class Kept {
        final Page page;
        volatile long lastUse;

        Kept(Page page, long lastUse) {
            this.page = page;
            this.lastUse = lastUse;
        }
    }

    private Map<String, Kept> poolOf(String key) {
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
     * The page kept under {@code key}, or empty when the caller is to render it: none is kept, or
     * the one kept is past its time and no one else is rendering it yet. An empty answer makes the
     * caller the one request that renders the page, so it must then {@link #keep} or
     * {@link #abandon} it; a look that will not render uses {@link #current}.
     */
    public Optional<Page> getOrClaim(String key, Instant now) {
        Kept kept = poolOf(key).get(key);
        if (kept == null || (!now.isBefore(kept.page.expires()) && rendering.add(key))) {
            return Optional.empty();
        }
        kept.lastUse = uses.incrementAndGet();
        return Optional.of(kept.page);
    }

    /**
     * The page kept under {@code key} while it is within its time, for a look that renders
     * nothing: unlike {@link #getOrClaim}, a page past its time is not handed to this caller to
     * render, so whoever calls {@code getOrClaim} next still does.
     */
    public Optional<Page> current(String key, Instant now) {
        Kept kept = poolOf(key).get(key);
        if (kept == null || !now.isBefore(kept.page.expires())) {
            return Optional.empty();
        }
        kept.lastUse = uses.incrementAndGet();
        return Optional.of(kept.page);
    }

    /** The last copy kept under {@code key}, however old: what a visitor gets while the database cannot be reached. */
    public Optional<Page> lastCopy(String key) {
        return Optional.ofNullable(poolOf(key).get(key)).map(kept -> kept.page);
    }

    /** Where a page about to be rendered stands: a change during its rendering means it is not kept. */
    public long generation() {
        return generation.get();
    }

    /** Keeps the page rendered under {@code key}, unless a change came while it was rendered; returns it either way. */
    public Page keep(String key, String html, String contentType, long renderedInGeneration, Instant now) {
        Page page = new Page(html, contentType, now.plus(lifetime));
        synchronized (this) {
            rendering.remove(key);
            if (renderedInGeneration == generation.get() && !lifetime.isZero()) {
                Map<String, Kept> pool = poolOf(key);
                pool.put(key, new Kept(page, uses.incrementAndGet()));
                int most = pool == searches ? MAX_SEARCHES : MAX_PAGES;
                while (pool.size() > most) {
                    leastUsed(pool).ifPresent(pool::remove);
                }
            }
        }
        return page;
    }

    // Only when a page is kept, a few hundred at most: a scan costs less than ordering every read.
    private static Optional<String> leastUsed(Map<String, Kept> pool) {
        return pool.entrySet().stream().min((a, b) -> Long.compare(a.getValue().lastUse, b.getValue().lastUse)).map(Map.Entry::getKey);
    }

    /** The page was not rendered after all (an error, a redirect): the next request tries. */
    public synchronized void abandon(String key) {
        if (rendering.remove(key)) {
            poolOf(key).remove(key);
        }
    }

    void onContentCommitted(@Observes ContentCommitted change) {
        clear();
    }

    /** The search index took in a change (made here or on another instance): results may differ now. */
    void onIndexChanged(@Observes SearchIndexChanged change) {
        clear();
    }

    synchronized void clear() {
        generation.incrementAndGet();
        pages.clear();
        searches.clear();
        rendering.clear();
    }

    /**
     * A rendered page and until when it may be served again: its bytes, gzipped once, and an
     * entity tag (a digest of the bytes) by which a browser or a cache in front asks whether the
     * copy it holds is still current. A page rendered again with the same content has the same tag.
     */
    public static final class Page {

        /**
         * The nonce PrimeFaces writes on each script of every view (the console's policy needs it)
         * is one response's: a page kept for every visitor carries none, so that each rendering is
         * the same bytes. The public policy allows the site's scripts by their address.
         */
        private static final Pattern NONCE = Pattern.compile(" nonce=\"[A-Za-z0-9+/=_-]*\"");

        private final String html;
        private final String contentType;
        private final Instant expires;
        private final byte[] bytes;
        private final byte[] gzipped;
        private final String tag;

        public Page(String html, String contentType, Instant expires) {
            this.html = NONCE.matcher(html).replaceAll("");
            this.contentType = contentType;
            this.expires = expires;
            this.bytes = this.html.getBytes(StandardCharsets.UTF_8);
            this.gzipped = Gzip.smallest(bytes);
            this.tag = digest(bytes);
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

        /** The page as UTF-8. */
        public byte[] bytes() {
            return bytes;
        }

        /** The page gzipped. */
        public byte[] gzipped() {
            return gzipped;
        }

        /** The entity tag of the page as it is (quoted); the gzipped one adds "-gz", as it is other bytes. */
        public String etag(boolean gzip) {
            return gzip ? "\"" + tag + "-gz\"" : "\"" + tag + "\"";
        }

        /**
         * Whether {@code ifNoneMatch} (a request's header) names this page in the encoding the
         * request gets: a tag of the other encoding is other bytes.
         */
        public boolean matches(String ifNoneMatch, boolean gzip) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String candidate : ifNoneMatch.split(",")) {
                String value = candidate.strip();
                if (value.startsWith("W/")) {
                    value = value.substring(2); // a weak comparison is the one for If-None-Match
                }
                if (value.equals("*") || value.equals(etag(gzip))) {
                    return true;
                }
            }
            return false;
        }

        private static String digest(byte[] bytes) {
            try {
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
                return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(sha, 16));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
