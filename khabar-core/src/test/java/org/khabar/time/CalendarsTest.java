package org.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Hijri conversion against dates published by the Saudi Umm al-Qura calendar, not against khabar's own code. */
class CalendarsTest {
  @Test
  void ummAlQuraDaysOf1439And1440() {
    assertEquals(LocalDate.of(2018, 5, 16), Calendars.fromHijri(1439, 9, 1)); // 1 Ramadan 1439
    assertEquals(LocalDate.of(2018, 8, 21), Calendars.fromHijri(1439, 12, 10)); // Eid al-Adha 1439
    assertEquals(LocalDate.of(2018, 9, 11), Calendars.fromHijri(1440, 1, 1)); // 1 Muharram 1440
  }

  @Test
  void impossibleHijriDaysAreRejected() {
    assertNull(Calendars.fromHijri(1439, 13, 1));
    assertNull(Calendars.fromHijri(1439, 1, 31));
  }

  @Test
  void hijriYearOfAGregorianDay() {
    assertEquals(1439, Calendars.hijriYear(LocalDate.of(2018, 5, 20)));
  }
}
