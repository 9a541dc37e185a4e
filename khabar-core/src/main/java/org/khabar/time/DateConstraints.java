package org.khabar.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.khabar.model.DateBasis;
import org.khabar.model.Published;

/**
 * What an article's own text says about its publication day: bounds, a weekday, and why.
 *
 * @param earliest the earliest possible day, or {@code null} when unbounded
 * @param latest the latest possible day, or {@code null} when unbounded
 * @param weekday the weekday, when the text fixes it ("اليوم الخميس", "أمس الأربعاء"), else {@code null}
 * @param evidence each piece of evidence behind the bounds and the weekday
 */
public record DateConstraints(LocalDate earliest, LocalDate latest, DayOfWeek weekday, List<String> evidence) {
  /** Nothing is known. */
  public static final DateConstraints NONE = new DateConstraints(null, null, null, List.of());

  public DateConstraints {
    evidence = List.copyOf(evidence);
    if (earliest != null && latest != null && earliest.isAfter(latest)) {
      throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
    }
  }

  /** True when neither bounds nor a weekday are known. */
  public boolean isEmpty() {
    return earliest == null && latest == null && weekday == null;
  }

  /**
   * These constraints as a publication date: narrowed to the first and last day of the right weekday when both
   * bounds are known, and a {@code date} only when a known weekday leaves exactly one day.
   *
   * @param basis the basis to report when anything is known ({@code relative} or {@code corpus})
   */
  public Published toPublished(DateBasis basis) {
    if (isEmpty()) {
      return new Published(null, null, null, null, DateBasis.UNKNOWN, evidence);
    }
    LocalDate from = earliest;
    LocalDate to = latest;
    if (weekday != null && from != null && to != null) {
      while (from.getDayOfWeek() != weekday && !from.isAfter(to)) {
        from = from.plusDays(1);
      }
      while (to.getDayOfWeek() != weekday && !to.isBefore(from)) {
        to = to.minusDays(1);
      }
      if (from.isAfter(to)) {
        // the weekday fits no day of the range: keep the range, drop nothing silently
        return new Published(null, earliest, latest, null, basis,
            append(evidence, "conflict: no " + weekday + " between " + earliest + " and " + latest));
      }
    }
    // a single day is claimed only when a stated weekday pins it: bounds alone come from dates the text reports,
    // and a report's dates are never proof of its own day
    LocalDate date = weekday != null && from != null && from.equals(to) ? from : null;
    return new Published(date, from, to, weekday, basis, evidence);
  }

  /** The number of days in the range, or -1 when a bound is open. */
  public long width() {
    return earliest == null || latest == null ? -1 : ChronoUnit.DAYS.between(earliest, latest) + 1;
  }

  static List<String> append(List<String> list, String item) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>(list);
    out.add(item);
    return out;
  }
}
