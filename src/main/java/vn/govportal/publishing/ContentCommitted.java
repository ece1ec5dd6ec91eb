package vn.govportal.publishing;

/**
 * A change to what the public site shows has committed, on this instance or on another one of the
 * cluster (told over the data grid): what an instance keeps in memory about {@code what} may be out
 * of date now. Fired by {@code ClusterChanges}, once for each {@link ContentChanged} that commits.
 */
public record ContentCommitted(String what, Long id) {
}
