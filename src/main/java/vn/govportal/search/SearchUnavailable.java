package vn.govportal.search;

/** The index cannot answer now (it is being built for the first time, or could not be opened). */
public class SearchUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    public SearchUnavailable() {
        super("search is unavailable", null, false, false);
    }
}
