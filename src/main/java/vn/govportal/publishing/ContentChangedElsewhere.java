package vn.govportal.publishing;

/**
 * A change committed by another instance of the portal, told over the data grid: what this
 * instance keeps in memory about {@code what} may be out of date now.
 */
public record ContentChangedElsewhere(String what, Long id) {
}
