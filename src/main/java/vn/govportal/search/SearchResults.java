package vn.govportal.search;

import java.util.List;

/** One page of results, best first, and how many there are in all. */
public record SearchResults(List<SearchHit> hits, long total, int page, int pageSize) {

    public static SearchResults none(int pageSize) {
        return new SearchResults(List.of(), 0, 1, pageSize);
    }

    public long pageCount() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
