package vn.govportal.publishing;

/** A CDI event: staff or the scheduler changed what the public site shows. */
public record ContentChanged(String what, Long id) {
}
