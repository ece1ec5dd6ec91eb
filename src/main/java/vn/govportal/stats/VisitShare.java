package vn.govportal.stats;

import java.time.LocalDate;

/** How many visits one instance of the portal has counted on a day (since it started). */
public record VisitShare(LocalDate day, String instance, long visits) {
}
