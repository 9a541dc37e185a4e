package org.khabar.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * Calendar arithmetic: ISO strings and Hijri conversion through ICU4J's Umm al-Qura calendar (the official
 * calendar of Saudi Arabia and the one most Arabic news sites print).
 *
 * <p>Stateless and thread-safe (an ICU calendar is built per call: ICU calendars are mutable).
 */
final class Calendars {
  private Calendars() {}

  static String iso(LocalDate d) {
    return d.toString();
  }

  /** A year as four digits. */
  static String year(int y) {
    if (y >= 0 && y < 10000) {
      String s = Integer.toString(y);
      return "0".repeat(4 - s.length()) + s;
    }
    return Integer.toString(y);
  }

  /** A Gregorian date, or null when the numbers are no date. */
  static LocalDate date(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The Gregorian day of Hijri {@code day month year}, or null when there is no such Hijri day. */
  static LocalDate fromHijri(int year, int month, int day) {
    if (year < 1 || year > 3000 || month < 1 || month > 12 || day < 1 || day > 30) {
      return null;
    }
    IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    cal.clear();
    cal.set(Calendar.EXTENDED_YEAR, year);
    cal.set(Calendar.MONTH, month - 1);
    cal.set(Calendar.DAY_OF_MONTH, 1);
    if (day > cal.getActualMaximum(Calendar.DAY_OF_MONTH)) {
      return null;
    }
    cal.set(Calendar.DAY_OF_MONTH, day);
    long jd = cal.get(Calendar.JULIAN_DAY);
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jd);
  }

  /** The Hijri year that contains {@code d}. */
  static int hijriYear(LocalDate d) {
    return hijriYearMonth(d) / 100;
  }

  /** The Hijri year and month of {@code d} as {@code year * 100 + month}. */
  static int hijriYearMonth(LocalDate d) {
    IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    cal.clear();
    cal.set(Calendar.JULIAN_DAY, (int) d.getLong(JulianFields.JULIAN_DAY));
    return cal.get(Calendar.EXTENDED_YEAR) * 100 + cal.get(Calendar.MONTH) + 1;
  }

  /**
   * The value of a Hijri month (and day) of a known year: the Gregorian day, or for a whole month the Gregorian
   * month in which its 15th day falls (a Hijri month straddles two Gregorian months; TIMEX3 has no Hijri values).
   */
  static String hijri(int year, int month, int day) {
    LocalDate d = fromHijri(year, month, day > 0 ? day : 15);
    if (d == null) {
      return null;
    }
    return day > 0 ? iso(d) : year(d.getYear()) + "-" + Expr.two(d.getMonthValue());
  }

  /**
   * As {@link #hijri} for the Hijri year that {@code dir} picks: -1 the last such month before the anchor's Hijri
   * month ("رمضان الماضي"), +1 the next one after it, 0 the anchor's Hijri year, 2 the one nearest the anchor.
   */
  static String hijriNear(int month, int day, int dir, LocalDate anchor) {
    int ym = hijriYearMonth(anchor);
    int hy = ym / 100;
    if (dir == -1 || dir == 1 || dir == 0) {
      int y = dir == 0 ? hy : dir < 0 ? (month < ym % 100 ? hy : hy - 1) : (month > ym % 100 ? hy : hy + 1);
      return hijri(y, month, day);
    }
    String best = null;
    long bestDist = Long.MAX_VALUE;
    for (int y = hy - 1; y <= hy + 1; y++) {
      LocalDate d = fromHijri(y, month, day > 0 ? day : 15);
      if (d != null && Math.abs(d.toEpochDay() - anchor.toEpochDay()) < bestDist) {
        bestDist = Math.abs(d.toEpochDay() - anchor.toEpochDay());
        best = hijri(y, month, day);
      }
    }
    return best;
  }

  /** A Hijri year as the Gregorian year in which its middle (1 Rajab) falls. */
  static String hijriYearValue(int year) {
    LocalDate d = fromHijri(year, 7, 1);
    return d == null ? null : year(d.getYear());
  }
}
