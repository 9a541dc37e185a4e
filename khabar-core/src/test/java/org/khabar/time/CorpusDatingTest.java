package org.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.DateBasis;
import org.khabar.model.Published;

/** The corpus-level solver: an undated article's constraints plus its story's anchors (issue #6). */
class CorpusDatingTest {
  private static final LocalDate SUNDAY = LocalDate.of(2018, 5, 20);

  @Test
  void statedWeekdayNextToAnAnchorGivesTheDay() {
    DateConstraints own = new DateConstraints(null, null, DayOfWeek.MONDAY, List.of("\"اليوم الاثنين\""));
    Published p = CorpusDating.resolve(own, List.of(SUNDAY));
    assertEquals(LocalDate.of(2018, 5, 21), p.date());
    assertEquals(DateBasis.CORPUS, p.basis());
  }

  @Test
  void withoutAWeekdayTheStoryGivesARangeNeverADay() {
    Published p = CorpusDating.resolve(DateConstraints.NONE, List.of(SUNDAY));
    assertNull(p.date());
    assertEquals(LocalDate.of(2018, 5, 17), p.earliest());
    assertEquals(LocalDate.of(2018, 5, 23), p.latest());
    assertEquals(DateBasis.CORPUS, p.basis());
  }

  @Test
  void aWideStoryWithAWeekdayNarrowsToItsFirstAndLastSuchDay() {
    DateConstraints own = new DateConstraints(null, null, DayOfWeek.MONDAY, List.of());
    Published p = CorpusDating.resolve(own, List.of(SUNDAY, SUNDAY.plusDays(10)));
    assertNull(p.date());
    assertEquals(LocalDate.of(2018, 5, 21), p.earliest());
    assertEquals(LocalDate.of(2018, 5, 28), p.latest());
  }

  @Test
  void ownBoundsOutsideTheStoryKeepTheArticlesOwnDating() {
    DateConstraints own = new DateConstraints(LocalDate.of(2019, 1, 1), null, null, List.of("after 2019"));
    Published p = CorpusDating.resolve(own, List.of(SUNDAY));
    assertEquals(DateBasis.RELATIVE, p.basis());
    assertEquals(LocalDate.of(2019, 1, 1), p.earliest());
  }

  @Test
  void ownBoundsAndStoryIntersect() {
    DateConstraints own = new DateConstraints(LocalDate.of(2018, 5, 22), null, DayOfWeek.WEDNESDAY, List.of());
    Published p = CorpusDating.resolve(own, List.of(SUNDAY));
    assertEquals(LocalDate.of(2018, 5, 23), p.date());
  }

  @Test
  void noAnchorsMeansOwnConstraints() {
    DateConstraints own = new DateConstraints(null, null, DayOfWeek.FRIDAY, List.of());
    Published p = CorpusDating.resolve(own, List.of());
    assertNull(p.date());
    assertEquals(DayOfWeek.FRIDAY, p.weekday());
    assertEquals(DateBasis.RELATIVE, p.basis());
  }

  @Test
  void negativeSlackIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> CorpusDating.resolve(DateConstraints.NONE, List.of(SUNDAY), -1));
  }
}
