package vn.govportal.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import vn.govportal.paging.Page;
import vn.govportal.procedure.ProcedureEntry;
import vn.govportal.procedure.ProcedureService;
import vn.govportal.search.SearchTerms;
import vn.govportal.text.SiteLanguage;
import vn.govportal.web.Pages;

/** Backs {@link PublicRoute#PROCEDURES}: the department's procedures of a field, holding the words typed. */
@Named("proceduresPage")
@RequestScoped
public class ProceduresBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    private ProcedureService procedures;

    private List<ProcedureService.Field> fields;
    private String field;
    private String words;
    private Page<ProcedureEntry> page;

    public void load() {
        SiteLanguage language = RouteMatch.current().language();
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        fields = procedures.fields(language);
        String wanted = parameters.get(PublicRoute.FIELD);
        // An unknown field (a hand-typed address) lists all, as the form would.
        field = wanted != null && fields.stream().anyMatch(f -> f.key().equals(wanted)) ? wanted : null;
        String typed = parameters.get(PublicRoute.QUERY);
        words = typed == null || typed.isBlank() ? null : typed.strip().substring(0, Math.min(typed.strip().length(), SearchTerms.MAX_CHARACTERS));
        OptionalLong requested = RouteMatch.requestedPage();
        long number = requested.isEmpty() ? 1 : requested.getAsLong();
        page = procedures.page(language, field, words, (int) Math.min(Integer.MAX_VALUE, Math.max(1, number)), PAGE_SIZE);
        if (requested.isPresent() && page.number() != requested.getAsLong()) {
            Pages.redirectTo(pageUrl(page.number()));
        }
    }

    public List<ProcedureService.Field> getFields() {
        return fields;
    }

    public String getField() {
        return field == null ? "" : field;
    }

    public String getWords() {
        return words == null ? "" : words;
    }

    public boolean isFiltered() {
        return field != null || words != null;
    }

    public Page<ProcedureEntry> getPage() {
        return page;
    }

    public String pageUrl(int number) {
        StringBuilder url = new StringBuilder(PublicRoute.PROCEDURES.url(RouteMatch.current().language(), null));
        String separator = "?";
        if (field != null) {
            url.append(separator).append(PublicRoute.FIELD).append('=').append(field);
            separator = "&";
        }
        if (words != null) {
            url.append(separator).append(PublicRoute.QUERY).append('=').append(java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
            separator = "&";
        }
        if (number > 1) {
            url.append(separator).append(PublicRoute.PAGE).append('=').append(number);
        }
        return url.toString();
    }
}
