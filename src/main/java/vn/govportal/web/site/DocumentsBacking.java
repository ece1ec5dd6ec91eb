package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import vn.govportal.cluster.ClusterTime;
import vn.govportal.document.DocumentField;
import vn.govportal.document.DocumentFilter;
import vn.govportal.document.DocumentRegister;
import vn.govportal.document.DocumentRow;
import vn.govportal.document.DocumentType;
import vn.govportal.document.Validity;
import vn.govportal.paging.Page;
import vn.govportal.paging.PageNumbers;
import vn.govportal.search.SearchTerms;
import vn.govportal.text.SiteLanguage;
import vn.govportal.text.VietnamTime;
import vn.govportal.web.Pages;

/**
 * Backs the register ({@link PublicRoute#DOCUMENTS}): the published documents narrowed by type,
 * authority, field, year, validity and words, newest issued first. A filter value that names
 * nothing (typed by hand, or a field since removed) is left out and said so, never an error.
 */
@Named("documentsPage")
@RequestScoped
public class DocumentsBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    private DocumentRegister register;

    private final Map<String, String> chosen = new LinkedHashMap<>();
    private final List<String> ignored = new ArrayList<>();
    private List<String> authorities;
    private List<DocumentField> fields;
    private List<Integer> years;
    private Page<DocumentRow> page;

    public void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        authorities = register.authorities();
        fields = register.fields();
        years = register.years();

        DocumentType type = pick(parameters, PublicRoute.TYPE, DocumentType::fromKey);
        String authority = pick(parameters, PublicRoute.AUTHORITY, a -> authorities.contains(a) ? a : null);
        String field = pick(parameters, PublicRoute.FIELD, f -> fields.stream().anyMatch(x -> x.getSlug().equals(f)) ? f : null);
        Integer year = pick(parameters, PublicRoute.YEAR, DocumentsBacking::year);
        Validity validity = pick(parameters, PublicRoute.VALIDITY, Validity::fromKey);
        String text = trimmed(parameters.get(PublicRoute.QUERY), SearchTerms.MAX_CHARACTERS);
        if (!text.isEmpty()) {
            chosen.put(PublicRoute.QUERY, text);
        }
        OptionalLong requested = RouteMatch.requestedPage();
        if (requested.isEmpty()) {
            Pages.notFound();
            return;
        }
        DocumentFilter filter = register.resolved(new DocumentFilter(type, authority, field, year, validity, text.isEmpty() ? null : text));
        LocalDate today = VietnamTime.today(ClusterTime.now());
        long total = register.count(filter, today);
        int number = Page.clamp(requested.getAsLong(), total, PAGE_SIZE);
        if (number != requested.getAsLong()) {
            Pages.redirectTo(pageUrl(number));
            return;
        }
        page = register.page(filter, RouteMatch.current().language(), number, PAGE_SIZE, total, today);
    }

    /** The value of one filter if it names something; otherwise nothing, and a note that it was left out. */
    private <T> T pick(Map<String, String> parameters, String name, java.util.function.Function<String, T> reader) {
        String typed = trimmed(parameters.get(name), 300);
        if (typed.isEmpty()) {
            return null;
        }
        T value = reader.apply(typed);
        if (value == null) {
            ignored.add(name);
        } else {
            chosen.put(name, typed);
        }
        return value;
    }

    private static Integer year(String typed) {
        OptionalLong year = PageNumbers.parse(typed);
        return year.isPresent() && year.getAsLong() >= 1945 && year.getAsLong() <= 2999 ? (int) year.getAsLong() : null;
    }

    private static String trimmed(String value, int max) {
        if (value == null) {
            return "";
        }
        String trimmed = value.strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }

    /** How many documents match, as the count line shows it. */
    public String getTotal() {
        return Long.toString(page == null ? 0 : page.totalItems());
    }

    public Page<DocumentRow> getPage() {
        return page;
    }

    public List<DocumentType> getTypes() {
        return List.of(DocumentType.values());
    }

    public List<Validity> getValidities() {
        return List.of(Validity.values());
    }

    public List<String> getAuthorities() {
        return authorities;
    }

    public List<DocumentField> getFields() {
        return fields;
    }

    public String fieldName(DocumentField field) {
        return field.nameIn(RouteMatch.current().language());
    }

    public List<Integer> getYears() {
        return years;
    }

    /** The value the visitor chose for a filter, to show it selected; empty if none. */
    public String chosen(String name) {
        return chosen.getOrDefault(name, "");
    }

    public boolean isFiltered() {
        return !chosen.isEmpty();
    }

    /** Whether a filter value was left out because it names nothing. */
    public boolean isIgnored() {
        return !ignored.isEmpty();
    }

    /** Page {@code number} of the list with the same filters. */
    public String pageUrl(int number) {
        StringBuilder url = new StringBuilder(PublicRoute.DOCUMENTS.url(RouteMatch.current().language(), null));
        char separator = '?';
        for (Map.Entry<String, String> filter : chosen.entrySet()) {
            url.append(separator).append(filter.getKey()).append('=').append(URLEncoder.encode(filter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        if (number > 1) {
            url.append(separator).append(PublicRoute.PAGE).append('=').append(number);
        }
        return url.toString();
    }

    public boolean isEnglish() {
        return RouteMatch.current().language() == SiteLanguage.EN;
    }
}
