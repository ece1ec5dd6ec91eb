package vn.govportal.search;

/** A CDI event: this instance's search index took in changes, so search results may now differ. */
public record SearchIndexChanged() {
}
