package org.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataDatesTest {
  private static void check(String field, LocalDate expected) {
    assertEquals(Optional.ofNullable(expected), MetadataDates.parse(field), field);
  }

  @Test
  void commonFormats() {
    LocalDate d = LocalDate.of(2018, 2, 18);
    check("Sun, 18 Feb 2018 21:35:43 +0400", d);
    check("2018-02-18T21:35:43+04:00", d);
    check("2018-02-18T21:35:43Z", d);
    check("2018-02-18 21:35:43", d);
    check("2018-02-18", d);
    check("18/02/2018", d);
    check("February 18, 2018", d);
    check("الأحد 18 فبراير 2018", d);
  }

  @Test
  void theWritersLocalDayIsKept() {
    check("2018-02-18T23:30:00-05:00", LocalDate.of(2018, 2, 18));
  }

  @Test
  void garbageIsNoDate() {
    check("", null);
    check(null, null);
    check("yesterday-ish", null);
    check("2018-13-45", null);
  }
}
