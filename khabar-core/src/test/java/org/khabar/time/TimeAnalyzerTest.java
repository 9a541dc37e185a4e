package org.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.DateBasis;
import org.khabar.model.DateMention;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;
import org.khabar.structure.StructureAnalyzer;

/** Publication dates and resolution against them (issue #6). */
class TimeAnalyzerTest {
  private static TimeAnalysis analyze(String published, String... lines) {
    RawArticle a = new RawArticle("t", new SourceRef("t.txt", null, "txt"), List.of(lines), List.of(),
        new ArticleMetadata(null, published, null, null, null, null, Map.of()));
    return TimeAnalyzer.standard().analyze(a, StructureAnalyzer.standard().analyze(a));
  }

  @Test
  void metadataDateInRfc1123IsTheLocalDay() {
    TimeAnalysis t = analyze("Sun, 18 Feb 2018 21:35:43 +0400", "قال الوزير أمس إن");
    assertEquals(LocalDate.of(2018, 2, 18), t.published().date());
    assertEquals(DateBasis.METADATA, t.published().basis());
    assertEquals("2018-02-17", t.dates().get(0).value());
  }

  @Test
  void relativeWeekdayMustMatchAnchor() {
    // 2018-05-24 is a Thursday: "أمس الأربعاء" agrees, "أمس الاثنين" does not
    assertTrue(analyze("2018-05-24", "اجتمع الوفد أمس الأربعاء").conflicts().isEmpty());
    TimeAnalysis bad = analyze("2018-05-24", "اجتمع الوفد أمس الاثنين");
    assertEquals(1, bad.conflicts().size());
    assertTrue(bad.conflicts().get(0).contains("Monday"), bad.conflicts().toString());
    assertTrue(bad.published().evidence().stream().anyMatch(e -> e.startsWith("conflict")));
  }

  @Test
  void explicitStatementOfTheDay() {
    TimeAnalysis t = analyze(null, "وقال المرصد اليوم الأحد، الـ 20 من أيار / مايو 2018 إن");
    assertEquals(LocalDate.of(2018, 5, 20), t.published().date());
    assertEquals(DateBasis.EXPLICIT, t.published().basis());
    assertFalse(t.published().evidence().isEmpty());
  }

  @Test
  void explicitStatementWithAWrongWeekdayIsNoDate() {
    // 2018-05-20 is a Sunday, not a Monday
    TimeAnalysis t = analyze(null, "وقال المرصد اليوم الاثنين، الـ 20 من أيار 2018 إن");
    assertNull(t.published().date());
    assertFalse(t.conflicts().isEmpty());
  }

  @Test
  void weekdayAloneGivesAWeekdayNeverADay() {
    TimeAnalysis t = analyze(null, "اجتمع الوفد أمس الأربعاء", "وقال مصدر اليوم الخميس إن");
    assertNull(t.published().date());
    assertEquals(DayOfWeek.THURSDAY, t.published().weekday());
    assertEquals(DateBasis.RELATIVE, t.published().basis());
    List<String> values = t.dates().stream().map(DateMention::value).toList();
    assertEquals(List.of("XXXX-WXX-3", "XXXX-WXX-4"), values);
  }

  @Test
  void disagreeingWeekdaysGiveNoWeekday() {
    TimeAnalysis t = analyze(null, "اجتمع الوفد أمس الأربعاء", "وقال مصدر اليوم الجمعة إن");
    assertNull(t.published().weekday());
    assertFalse(t.conflicts().isEmpty());
  }

  @Test
  void pastFullDateBoundsFromBelowAndCurrentYearFromBothSides() {
    TimeAnalysis t = analyze(null, "وكانت الحكومة قد أعلنت في 3 آذار 2018 أن", "وتراجع النمو العام الجاري 2018");
    assertEquals(LocalDate.of(2018, 3, 3), t.published().earliest());
    assertEquals(LocalDate.of(2018, 12, 31), t.published().latest());
    assertNull(t.published().date());
  }

  @Test
  void yearOfAStatedDayFollowsFromItsWeekday() {
    // the 20th of May is a Sunday in 2018 (not in 2017 or 2019)
    TimeAnalysis t = analyze(null, "وقال المرصد اليوم الأحد 20 أيار إن", "وتراجع النمو العام الجاري 2018");
    assertEquals(LocalDate.of(2018, 5, 20), t.published().date());
  }

  @Test
  void yearsMentionedAreNotTheArticlesYear() {
    // 10 August is a Friday in 2012 and 2018; a text that mentions 2012 is not thereby from 2012
    TimeAnalysis t = analyze(null, "ويبدأ الفريق مبارياته اليوم الجمعة 10 أغسطس", "منذ انتقاله عام 2012");
    assertNull(t.published().date());
    assertEquals(DayOfWeek.FRIDAY, t.published().weekday());
  }

  @Test
  void quotedTodayIsNotTheArticlesDay() {
    TimeAnalysis t = analyze(null, "وقال البيان إن \"القوات انسحبت اليوم 15 تموز 2018 من المدينة\"");
    assertNull(t.published().date());
    assertEquals(LocalDate.of(2018, 7, 15), t.published().earliest());
  }

  @Test
  void lastMonthXMeansNotInMonthX() {
    // bounds: 2018-04-25 (a past date) .. 2018-05-31 (a future date); "نيسان الماضي" removes the April days
    TimeAnalysis t = analyze(null, "وكان الوزير قد زار المدينة في 25 نيسان 2018", "وفي نيسان الماضي تراجعت الأسعار",
        "ومن المقرر أن تنتهي الأعمال في 31 أيار 2018");
    assertEquals(LocalDate.of(2018, 5, 1), t.published().earliest());
    assertEquals(LocalDate.of(2018, 5, 31), t.published().latest());
  }

  @Test
  void boundsAloneNeverGiveADay() {
    TimeAnalysis t = analyze(null, "وقع الاتفاق في 31 ديسمبر 2018", "وسيعقد الاجتماع في 31 ديسمبر 2018");
    assertNull(t.published().date(), t.published().toString());
  }

  @Test
  void weekdayAndNarrowRangeResolveRelativeExpressions() {
    TimeAnalysis t = analyze(null, "قال مصدر اليوم الخميس إن الوفد وصل أمس", "في الـ 19 من أيار الجاري من العام 2018",
        "وسيعقد الاجتماع في 26 أيار 2018");
    // Thursday between 2018-05-19 and 2018-05-26: only the 24th
    assertEquals(LocalDate.of(2018, 5, 24), t.published().date());
    assertEquals("2018-05-23", t.dates().get(1).value());
  }
}
