package vn.govportal.search;

import java.time.LocalDate;
import java.util.Set;
import vn.govportal.text.SiteLanguage;

/**
 * What a visitor asked: the words as typed, the site's language, and the filters (empty types
 * for all; null category and dates for no limit), and which page of results.
 */
public record SearchRequest(String text, SiteLanguage language, Set<ItemType> types, Long categoryId, LocalDate from,
        LocalDate to, int page, int pageSize) {

    public SearchRequest {
        types = types == null ? Set.of() : Set.copyOf(types);
        page = Math.max(1, page);
        pageSize = Math.max(1, Math.min(100, pageSize));
    }
}
