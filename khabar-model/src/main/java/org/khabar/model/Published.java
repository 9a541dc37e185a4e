package org.khabar.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * When an article was published, with honest uncertainty.
 *
 * @param date the day, only when exactly one day is determined
 * @param earliest the earliest possible day, or {@code null} when unbounded
 * @param latest the latest possible day, or {@code null} when unbounded
 * @param weekday the weekday when known, even if the day is not
 * @param basis how it was determined
 * @param evidence each piece of evidence that decided it
 */
public record Published(
    LocalDate date, LocalDate earliest, LocalDate latest, DayOfWeek weekday, DateBasis basis, List<String> evidence) {

  /** Nothing is known. */
  public static final Published UNKNOWN = new Published(null, null, null, null, DateBasis.UNKNOWN, List.of());

  public Published {
    Objects.requireNonNull(basis, "basis");
    evidence = List.copyOf(evidence);
    if (earliest != null && latest != null && earliest.isAfter(latest)) {
      throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
    }
    if (date != null && ((earliest != null && !earliest.equals(date)) || (latest != null && !latest.equals(date)))) {
      throw new IllegalArgumentException("a determined date " + date + " must equal its bounds");
    }
  }
}
