package org.khabar.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import org.khabar.model.TemporalType;

/**
 * One tagged temporal expression before (and after) resolution: its span, its meaning as an operation on the
 * anchor day, and what it says about the anchor.
 *
 * <p>Operations ({@link Op}):
 * <ul>
 *   <li>{@code ABS}: anchor-free; {@link #abs} is the value ({@code 2018-05-20}, {@code 2018}, {@code PT36H}).
 *   <li>{@code DAY}: the anchor plus {@link #offset} days (اليوم، أمس، غداً), with an optional part of day.
 *   <li>{@code WEEKDAY}: the named {@link #weekday}, the most recent one on or before the anchor (news convention,
 *       {@link #dir} 0), strictly before (-1, "الماضي") or strictly after (+1, "المقبل") the anchor, or on or after it
 *       ({@link #UPCOMING}: a bare weekday after a future marker, "سيصل الوفد الأحد").
 *   <li>{@code WEEK}, {@code MONTH}, {@code YEAR}: the anchor's week, month or year plus {@link #offset}.
 *   <li>{@code NAMED_MONTH}: Gregorian {@link #month} (and {@link #day} when not 0) of the year that {@link #dir}
 *       picks: -1 last such month before the anchor's, 0 the anchor's year, +1 the next one, 2 the nearest.
 *       {@link #yearOffset} when not null fixes the year relative to the anchor's ("مايو من العام الماضي").
 *   <li>{@code HIJRI_MONTH}: Hijri {@link #month} (and {@link #day}) of the Hijri year nearest the anchor.
 *   <li>{@code SHIFT}: {@link #offset} units {@link #unit} from the anchor ("منذ عشرة أيام", "بعد أسبوعين").
 * </ul>
 * Mutable while the grammar builds it; read-only afterwards. Not shared between threads.
 */
final class Expr {
  enum Op { ABS, DAY, WEEKDAY, WEEK, MONTH, YEAR, NAMED_MONTH, HIJRI_MONTH, SHIFT }

  /** {@link #dir} of a bare weekday in a future clause: the anchor day itself or the next such weekday. */
  static final int UPCOMING = 3;

  int line;
  int start;
  int end;
  String text;
  TemporalType type = TemporalType.DATE;
  Op op = Op.ABS;
  String abs;
  int offset;
  int dir;
  int month;
  int day;
  Integer yearOffset;
  char unit;
  DayOfWeek weekday;
  /** Weekday the expression names for the day it denotes; a constraint its value must meet. */
  DayOfWeek namedWeekday;
  /** TIMEX3 part of day or clock suffix, without the {@code T}: {@code MO}, {@code NI}, {@code 24:00}, {@code 10:30}. */
  String part;
  /** START, MID or END of the period, as TIMEX3's mod. */
  String edge;
  /** The expression equates the anchor day with an explicit date ("اليوم الأحد 20 أيار 2018"). */
  boolean today;
  /** The year the anchor must be in ("العام الجاري 2018"), or 0. */
  int anchorYear;
  /** The month the anchor must be in ("أيار الجاري"), or 0. */
  int anchorMonth;
  /** A future marker precedes it in its clause. */
  boolean future;
  /** It stands inside a quotation or deep in the body, so it speaks of another day than the article's. */
  boolean quoted;

  /** The token after the expression (internal to the grammar). */
  int nextToken;

  boolean anchorDependent() {
    return op != Op.ABS;
  }

  /** The value against a known anchor day. */
  String resolve(LocalDate a) {
    return switch (op) {
      case ABS -> abs;
      case DAY -> Calendars.iso(a.plusDays(offset)) + timeSuffix();
      case WEEKDAY -> Calendars.iso(weekdayFrom(a)) + timeSuffix();
      case WEEK -> week(a.plusWeeks(offset));
      case MONTH -> YearMonth.from(a).plusMonths(offset).toString();
      case YEAR -> Calendars.year(a.getYear() + offset);
      case NAMED_MONTH -> namedMonth(a);
      case HIJRI_MONTH -> {
        String v = Calendars.hijriNear(month, day, dir, a);
        yield v == null ? underspecified(null) : v;
      }
      case SHIFT -> shift(a);
    };
  }

  /** The date of the named weekday relative to {@code a}. */
  LocalDate weekdayFrom(LocalDate a) {
    int diff = weekday.getValue() - a.getDayOfWeek().getValue();
    if (dir == UPCOMING) {
      return a.plusDays(diff >= 0 ? diff : diff + 7);
    }
    if (dir > 0) {
      return a.plusDays(diff > 0 ? diff : diff + 7);
    }
    if (dir < 0) {
      return a.minusDays(diff < 0 ? -diff : 7 - diff);
    }
    return a.minusDays(diff <= 0 ? -diff : 7 - diff);
  }

  /** The best TIMEX3 value when the anchor day is not known, only (perhaps) its weekday. */
  String underspecified(DayOfWeek anchorWeekday) {
    return switch (op) {
      case ABS -> abs;
      case DAY -> anchorWeekday != null
          ? "XXXX-WXX-" + anchorWeekday.plus(offset).getValue() + timeSuffix()
          : namedWeekday != null ? "XXXX-WXX-" + namedWeekday.getValue() + timeSuffix() : ref(offset);
      case WEEKDAY -> "XXXX-WXX-" + weekday.getValue() + timeSuffix();
      case WEEK, MONTH, YEAR, SHIFT -> ref(offset);
      case NAMED_MONTH -> yearOffset != null ? ref(yearOffset)
          : "XXXX-" + two(month) + (day > 0 ? "-" + two(day) : "");
      case HIJRI_MONTH -> ref(dir == 2 ? 0 : dir);
    };
  }

  private static String ref(int sign) {
    return sign < 0 ? "PAST_REF" : sign > 0 ? "FUTURE_REF" : "PRESENT_REF";
  }

  private String timeSuffix() {
    return part == null ? "" : "T" + part;
  }

  private String namedMonth(LocalDate a) {
    int year;
    if (yearOffset != null) {
      year = a.getYear() + yearOffset;
    } else if (dir < 0) {
      year = a.getMonthValue() > month ? a.getYear() : a.getYear() - 1;
    } else if (dir == 0) {
      year = a.getYear();
    } else if (dir == 1) {
      year = a.getMonthValue() < month ? a.getYear() : a.getYear() + 1;
    } else {
      year = a.getYear();
      long best = Long.MAX_VALUE;
      for (int y = a.getYear() - 1; y <= a.getYear() + 1; y++) {
        LocalDate d = LocalDate.of(y, month, Math.min(day > 0 ? day : 15, 28));
        long dist = Math.abs(d.toEpochDay() - a.toEpochDay());
        if (dist < best) {
          best = dist;
          year = y;
        }
      }
    }
    if (day > 0) {
      if (day > YearMonth.of(year, month).lengthOfMonth()) {
        return underspecified(null);
      }
      return Calendars.iso(LocalDate.of(year, month, day));
    }
    return Calendars.year(year) + "-" + two(month);
  }

  private String shift(LocalDate a) {
    return switch (unit) {
      case 'D' -> Calendars.iso(a.plusDays(offset));
      case 'W' -> week(a.plusWeeks(offset));
      case 'M' -> YearMonth.from(a).plusMonths(offset).toString();
      case 'Y' -> Calendars.year(a.getYear() + offset);
      default -> ref(offset);
    };
  }

  static String week(LocalDate d) {
    return Calendars.year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  @Override
  public String toString() {
    return text + " [" + line + ":" + start + "-" + end + "] " + op + (abs != null ? " " + abs : "");
  }
}
