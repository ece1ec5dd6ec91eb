package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import vn.govportal.category.CategoryRef;
import vn.govportal.paging.Page;
import vn.govportal.paging.PageNumbers;
import vn.govportal.search.ItemType;
import vn.govportal.search.SearchHit;
import vn.govportal.search.SearchRequest;
import vn.govportal.search.SearchResults;
import vn.govportal.search.SearchTerms;
import vn.govportal.search.SearchUnavailable;
import vn.govportal.search.SiteSearch;
import vn.govportal.text.SiteLanguage;
import vn.govportal.text.VietnamTime;

/**
 * Backs the search page ({@link PublicRoute#SEARCH}): reads the words and filters from the
 * address, as a visitor or a link typed them, and shows one page of results. A filter value that
 * names nothing (an unknown type or category, a date that is not one) is left out and said so;
 * nothing a visitor types makes an error page.
 */
@Named("searchPage")
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    private SiteSearch search;

    @Inject
    private SiteLayout layout;

    private String query = "";
    private String type = "";
    private String category = "";
    private LocalDate from;
    private LocalDate to;
    private Page<SearchHit> page;
    private boolean unavailable;
    private final List<String> ignored = new ArrayList<>();

    public void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        query = trimmed(parameters.get(PublicRoute.QUERY), SearchTerms.MAX_CHARACTERS);
        SiteLanguage language = RouteMatch.current().language();

        ItemType itemType = null;
        String typed = trimmed(parameters.get(PublicRoute.TYPE), 40);
        if (!typed.isEmpty()) {
            itemType = ItemType.fromKey(typed);
            if (itemType == null) {
                ignored.add("search.ignored.type");
            } else {
                type = typed;
            }
        }
        Long categoryId = null;
        String slug = trimmed(parameters.get(PublicRoute.CATEGORY_FILTER), 200);
        if (!slug.isEmpty()) {
            categoryId = layout.getCategories().stream().filter(c -> c.getSlug().equals(slug)).map(CategoryRef::getId)
                    .findFirst().orElse(null);
            if (categoryId == null) {
                ignored.add("search.ignored.category");
            } else {
                category = slug;
            }
        }
        from = day(parameters.get(PublicRoute.FROM));
        to = day(parameters.get(PublicRoute.TO));
        if (from != null && to != null && from.isAfter(to)) {
            LocalDate earlier = to;
            to = from;
            from = earlier;
        }
        OptionalLong requested = PageNumbers.parse(parameters.get(PublicRoute.PAGE));
        int number = (int) Math.min(Integer.MAX_VALUE / PAGE_SIZE, Math.max(1, requested.orElse(1)));

        if (SearchTerms.parse(query).isEmpty()) {
            page = new Page<>(List.of(), 1, PAGE_SIZE, 0);
            return;
        }
        try {
            long started = System.nanoTime();
            SearchResults results = search.search(new SearchRequest(query, language,
                    itemType == null ? Set.of() : Set.of(itemType), categoryId, from, to, number, PAGE_SIZE));
            // The search's own time, for browsers' developer tools and bench/search (the page's time is more).
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse()).setHeader("Server-Timing",
                    String.format(Locale.ROOT, "search;dur=%.2f", (System.nanoTime() - started) / 1e6));
            page = new Page<>(results.hits(), results.page(), PAGE_SIZE, results.total());
        } catch (SearchUnavailable e) {
            unavailable = true;
            page = new Page<>(List.of(), 1, PAGE_SIZE, 0);
        }
    }

    private LocalDate day(String value) {
        String typed = trimmed(value, 40);
        if (typed.isEmpty()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(typed);
            if (day.getYear() >= 1900 && day.getYear() <= 2999) {
                return day;
            }
        } catch (DateTimeParseException notADate) {
            // said below
        }
        if (!ignored.contains("search.ignored.date")) {
            ignored.add("search.ignored.date");
        }
        return null;
    }

    private static String trimmed(String value, int max) {
        if (value == null) {
            return "";
        }
        String trimmed = value.strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }

    /** Whether words were given: without them the page shows the form only. */
    public boolean isSearched() {
        return !SearchTerms.parse(query).isEmpty();
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public List<String> getIgnored() {
        return ignored;
    }

    public String getQuery() {
        return query;
    }

    public String getType() {
        return type;
    }

    public String getCategory() {
        return category;
    }

    public String getFrom() {
        return from == null ? "" : from.toString();
    }

    public String getTo() {
        return to == null ? "" : to.toString();
    }

    /** How many results there are in all. */
    public long getTotal() {
        return page.totalItems();
    }

    public Page<SearchHit> getPage() {
        return page;
    }

    public List<ItemType> getTypes() {
        return List.of(ItemType.values());
    }

    public List<CategoryRef> getCategories() {
        return layout.getCategories();
    }

    /** The address of a result, in the page's language. */
    public String url(SearchHit hit) {
        PublicRoute route = switch (hit.type()) {
            case NOTICE -> PublicRoute.NOTICE;
            case DOCUMENT -> PublicRoute.DOCUMENT;
            case QUESTION -> PublicRoute.QUESTION;
            case PAGE -> PublicRoute.INFO_PAGE;
            case ARTICLE -> PublicRoute.ARTICLE;
        };
        return route.url(RouteMatch.current().language(), hit.slug());
    }

    public String date(SearchHit hit) {
        return VietnamTime.shortDate(hit.publishedAt());
    }

    public String isoDate(SearchHit hit) {
        return VietnamTime.isoOffset(hit.publishedAt());
    }

    /** The same search on page {@code number}. */
    public String pageUrl(int number) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(PublicRoute.QUERY, query);
        parameters.put(PublicRoute.TYPE, type);
        parameters.put(PublicRoute.CATEGORY_FILTER, category);
        parameters.put(PublicRoute.FROM, getFrom());
        parameters.put(PublicRoute.TO, getTo());
        if (number > 1) {
            parameters.put(PublicRoute.PAGE, Integer.toString(number));
        }
        StringBuilder url = new StringBuilder(PublicRoute.SEARCH.url(RouteMatch.current().language(), null));
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!parameter.getValue().isEmpty()) {
                url.append(separator).append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }
}
