package vn.govportal.web.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import vn.govportal.paging.PageNumbers;
import vn.govportal.text.SiteLanguage;
import vn.govportal.text.Slugs;

/**
 * The public site's pages, in one table: for each, the view that renders it, its address in each
 * language it is published in ({@code {slug}} standing for the item's slug), and the query
 * parameters that make two requests two different pages. The router matches requests with it,
 * the page cache keys pages by it, and every public link is built from it; nothing else knows a
 * public address.
 */
public enum PublicRoute {
    HOME("home.xhtml", addresses("/", "/en/"), List.of()),
    CATEGORY("category.xhtml", addresses("/chuyen-muc/{slug}", "/en/category/{slug}"), List.of(PublicRoute.PAGE)),
    ARTICLE("article.xhtml", addresses("/bai-viet/{slug}", "/en/news/{slug}"), List.of()),
    NOTICES("notices.xhtml", addresses("/thong-bao", "/en/notices"), List.of(PublicRoute.PAGE)),
    NOTICE("notice.xhtml", addresses("/thong-bao/{slug}", "/en/notices/{slug}"), List.of()),
    /** The legal-documents register: its filters, its words and the page make the page. */
    DOCUMENTS("documents.xhtml", addresses("/van-ban", "/en/documents"), List.of(PublicRoute.TYPE, PublicRoute.AUTHORITY,
            PublicRoute.FIELD, PublicRoute.YEAR, PublicRoute.VALIDITY, PublicRoute.QUERY, PublicRoute.PAGE)),
    DOCUMENT("document.xhtml", addresses("/van-ban/{slug}", "/en/documents/{slug}"), List.of()),
    /** Questions and answers, by topic, and the form to ask one. */
    QUESTIONS("questions.xhtml", addresses("/hoi-dap", "/en/questions"), List.of(PublicRoute.TOPIC, PublicRoute.PAGE)),
    /** Where the form leads once a question is kept: its reference number. Before QUESTION, whose slugs it would match. */
    QUESTION_SENT("question-sent.xhtml", addresses("/hoi-dap/da-gui", "/en/questions/sent"), List.of(PublicRoute.REFERENCE)),
    QUESTION("question.xhtml", addresses("/hoi-dap/{slug}", "/en/questions/{slug}"), List.of()),
    /** The department's administrative procedures, by field and words, each leading to the national public-service portal. */
    PROCEDURES("procedures.xhtml", addresses("/thu-tuc-hanh-chinh", "/en/procedures"), List.of(PublicRoute.FIELD, PublicRoute.QUERY,
            PublicRoute.PAGE)),
    /** A page staff write for what changes rarely: about the agency, contacts, the privacy policy. */
    INFO_PAGE("page.xhtml", addresses("/trang/{slug}", "/en/pages/{slug}"), List.of()),
    /** The results of a search: the words, the filters and the page make the page; kept apart in the page cache. */
    SEARCH("search.xhtml", addresses("/tim-kiem", "/en/search"),
            List.of(PublicRoute.QUERY, PublicRoute.TYPE, PublicRoute.CATEGORY_FILTER, PublicRoute.FROM, PublicRoute.TO, PublicRoute.PAGE)),
    /** RSS 2.0 of all news. */
    FEED("rss", addresses("/rss", "/en/rss"), List.of()),
    /** RSS 2.0 of one category's news. */
    CATEGORY_FEED("rss", addresses("/rss/{slug}", "/en/rss/{slug}"), List.of()),
    /** The sitemap index, or with {@code ?phan=N} one part of it; both languages are in it. */
    SITEMAP("sitemap", addresses("/sitemap.xml"), List.of(PublicRoute.PART)),
    ROBOTS("robots", addresses("/robots.txt"), List.of()),
    /** The web app manifest: name, colours and icons for a phone's home screen. */
    MANIFEST("manifest", addresses("/manifest.webmanifest"), List.of());

    /** The query parameter carrying the page number of a list: {@code ?trang=2}. */
    public static final String PAGE = "trang";
    /** The search page's parameters: the words, what kind of item, which category, from and to which day. */
    public static final String QUERY = "q";
    public static final String TYPE = "loai";
    public static final String CATEGORY_FILTER = "chuyen-muc";
    public static final String FROM = "tu-ngay";
    public static final String TO = "den-ngay";
    /** The register's filters: issuing authority, field, year of issue and validity (its type is {@link #TYPE}). */
    public static final String AUTHORITY = "co-quan";
    public static final String FIELD = "linh-vuc";
    public static final String YEAR = "nam";
    public static final String VALIDITY = "hieu-luc";
    /** The questions list's topic, and the reference number the confirmation page shows. */
    public static final String TOPIC = "chu-de";
    public static final String REFERENCE = "ma";
    /** The query parameter naming a part of the sitemap: {@code ?phan=2}. */
    public static final String PART = "phan";
    /** Where the views live; reachable only through the addresses above. */
    public static final String VIEW_FOLDER = "/site/";

    private static final String SLUG = "{slug}";
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
    /** A search reads no more of its words than this; neither does its key. */
    private static final int MAX_KEYED = 500;

    private final String view;
    private final Map<SiteLanguage, String> addresses;
    private final List<String> parameters;

    PublicRoute(String view, Map<SiteLanguage, String> addresses, List<String> parameters) {
        this.view = VIEW_FOLDER + view;
        this.addresses = addresses;
        this.parameters = parameters;
    }

    /** One address for both sites: what programs fetch (the sitemap, robots.txt, the manifest). */
    private static Map<SiteLanguage, String> addresses(String vietnamese) {
        Map<SiteLanguage, String> addresses = new EnumMap<>(SiteLanguage.class);
        addresses.put(SiteLanguage.VI, vietnamese);
        return Collections.unmodifiableMap(addresses);
    }

    private static Map<SiteLanguage, String> addresses(String vietnamese, String english) {
        Map<SiteLanguage, String> addresses = new EnumMap<>(SiteLanguage.class);
        addresses.put(SiteLanguage.VI, vietnamese);
        addresses.put(SiteLanguage.EN, english);
        return Collections.unmodifiableMap(addresses);
    }

    /** What renders this page: a Facelets view, or for a feed, the sitemap and the like, a servlet. */
    public String view() {
        return view;
    }

    /**
     * Whether a request for it is a visit: an HTML page a person reads is; a feed, the sitemap,
     * robots.txt or the manifest, fetched by programs, are not, and carry no visit counter.
     */
    public boolean isPage() {
        return view.endsWith(".xhtml");
    }

    /** The query parameters that change what this page shows; any other is ignored. */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * Whether a page cache key is a search's: search results are kept apart from the site's
     * pages, so that visitors' many different words never push the articles out.
     */
    public static boolean isSearchKey(String key) {
        // The register's filters combine into as many pages as a search's words.
        return key.startsWith(SEARCH.name() + '|') || key.startsWith(DOCUMENTS.name() + '|');
    }

    public boolean takesSlug() {
        return addresses.values().iterator().next().endsWith(SLUG);
    }

    public boolean publishedIn(SiteLanguage language) {
        return addresses.containsKey(language);
    }

    /**
     * The context-relative address of this page in {@code language} (of a page with one address,
     * that one); {@code slug} only for pages that take one.
     */
    public String url(SiteLanguage language, String slug) {
        // What programs fetch has one address, whichever site links it.
        String address = addresses.size() == 1 ? addresses.values().iterator().next() : addresses.get(language);
        if (address == null) {
            throw new IllegalArgumentException(this + " has no address in " + language);
        }
        if (takesSlug() != (slug != null)) {
            throw new IllegalArgumentException(this + (takesSlug() ? " needs a slug" : " takes no slug"));
        }
        return slug == null ? address : address.replace(SLUG, slug);
    }

    /** Page {@code number} of a list; page 1 is the list's own address. */
    public String pageUrl(SiteLanguage language, String slug, long number) {
        if (!parameters.contains(PAGE)) {
            throw new IllegalArgumentException(this + " has no pages");
        }
        String url = url(language, slug);
        return number <= 1 ? url : url + "?" + PAGE + "=" + number;
    }

    /** Part {@code number} of the sitemap. */
    public static String sitemapPart(int number) {
        return SITEMAP.url(SiteLanguage.VI, null) + "?" + PART + "=" + number;
    }

    /**
     * The page a context-relative path names: empty if the path is not the public site's (a
     * resource, a file, the console); a not-found match if it is the site's but cannot name
     * anything (a malformed slug).
     */
    public static Optional<RouteMatch> match(String path) {
        String wanted = path.isEmpty() ? "/" : path;
        RouteMatch malformed = null;
        for (PublicRoute route : values()) {
            for (Map.Entry<SiteLanguage, String> address : route.addresses.entrySet()) {
                String pattern = address.getValue();
                if (!pattern.endsWith(SLUG)) {
                    if (pattern.equals(wanted)) {
                        return Optional.of(new RouteMatch(route, address.getKey(), null));
                    }
                    continue;
                }
                String prefix = pattern.substring(0, pattern.length() - SLUG.length());
                if (wanted.startsWith(prefix)) {
                    String slug = wanted.substring(prefix.length());
                    if (Slugs.isWellFormed(slug)) {
                        return Optional.of(new RouteMatch(route, address.getKey(), slug));
                    }
                    malformed = RouteMatch.NOT_FOUND;
                }
            }
        }
        return Optional.ofNullable(malformed);
    }

    /**
     * The key a page is cached under: its route, language, slug and the values of its own
     * parameters, read with {@code parameter}; any other parameter leaves the key as it is. A
     * number is keyed by its value, so {@code ?trang=02} and {@code ?trang=2} are one page, and
     * a search's words with their spaces collapsed;
     * a parameter left out is keyed apart from one given empty (the sitemap's index and its
     * first part).
     */
    public String cacheKey(SiteLanguage language, String slug, Function<String, String> parameter) {
        List<String> parts = new ArrayList<>(3 + parameters.size());
        parts.add(name());
        parts.add(language.tag());
        parts.add(slug == null ? "" : slug);
        for (String name : parameters) {
            String value = parameter.apply(name);
            if (value == null) {
                parts.add(name);
            } else if (name.equals(PAGE) || name.equals(PART)) {
                OptionalLong number = PageNumbers.parse(value);
                parts.add(name + '=' + (number.isPresent() ? Long.toString(number.getAsLong()) : "?"));
            } else {
                // Words and filters: the same words spaced differently are the same search.
                String words = WHITE_SPACE.matcher(value.strip()).replaceAll(" ");
                parts.add(name + '=' + (words.length() > MAX_KEYED ? words.substring(0, MAX_KEYED) : words));
            }
        }
        return String.join("|", parts);
    }
}
