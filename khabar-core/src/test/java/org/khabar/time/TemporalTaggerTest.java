package org.khabar.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.DateMention;
import org.khabar.model.TemporalType;

/** One behaviour of the tagger per test (issue #6); the broad coverage is the table in khabar-cli's test resources. */
class TemporalTaggerTest {
  private static final LocalDate THURSDAY = LocalDate.of(2018, 5, 24);

  private static void check(String line, String expression, String value) {
    List<DateMention> found = TemporalTagger.standard().tag(line, 1, THURSDAY);
    DateMention hit = found.stream().filter(m -> m.text().equals(expression)).findFirst().orElse(null);
    assertTrue(hit != null, "\"" + expression + "\" not found in \"" + line + "\"; found " + found);
    assertEquals(value, hit.value(), line);
    assertEquals(expression, line.substring(hit.start(), hit.end()), "span must index the original line");
  }

  @Test
  void levantineEgyptianAndMaghrebiMonthsAgree() {
    check("في 20 أيار 2018", "20 أيار 2018", "2018-05-20");
    check("في 20 مايو 2018", "20 مايو 2018", "2018-05-20");
    check("في 20 ماي 2018", "20 ماي 2018", "2018-05-20");
  }

  @Test
  void pairedMonthNamesAreOneExpression() {
    check("في 20 أيار / مايو 2018", "20 أيار / مايو 2018", "2018-05-20");
    check("في نيسان/أبريل الماضي", "نيسان/أبريل الماضي", "2018-04");
    check("منذ أبريل نيسان", "أبريل نيسان", "2018-04");
  }

  @Test
  void spellingVariantsOfMonths() {
    check("في 3 ابريل 2017", "3 ابريل 2017", "2017-04-03");
    check("في 3 إبريل 2017", "3 إبريل 2017", "2017-04-03");
    check("في 3 يونيه 2017", "3 يونيه 2017", "2017-06-03");
  }

  @Test
  void hijriDatesAreConvertedWithUmmAlQura() {
    check("صدر في 15 شعبان 1439 هـ", "15 شعبان 1439 هـ", "2018-05-01");
    check("أول أيام عيد الأضحى 10 ذو الحجة 1439", "10 ذو الحجة 1439", "2018-08-21");
  }

  @Test
  void digitsOfEveryScript() {
    check("في ٢٠ مايو ٢٠١٨", "٢٠ مايو ٢٠١٨", "2018-05-20");
    check("في ۲۰ مايو ۲۰۱۸", "۲۰ مايو ۲۰۱۸", "2018-05-20");
    check("بتاريخ 20/5/2018", "20/5/2018", "2018-05-20");
  }

  @Test
  void ordinalDays() {
    check("في الـ19 من أيار الجاري", "الـ19 من أيار الجاري", "2018-05-19");
    check("في التاسع عشر من أيار", "التاسع عشر من أيار", "2018-05-19");
    check("في الحادي والعشرين من أيار", "الحادي والعشرين من أيار", "2018-05-21");
  }

  @Test
  void spansSurviveDiacriticsAndGluedConjunctions() {
    check("وغداً الجمعة يبدأ", "غداً الجمعة", "2018-05-25");
    check("وَأَمْسِ الأربعاء", "أَمْسِ الأربعاء", "2018-05-23");
  }

  @Test
  void relativeDaysAndParts() {
    check("فجر يوم أمس الأربعاء", "فجر يوم أمس الأربعاء", "2018-05-23TMO");
    check("ليل السبت – الأحد", "ليل السبت – الأحد", "2018-05-19TNI");
    check("أول من أمس", "أول من أمس", "2018-05-22");
  }

  @Test
  void bareWeekdayIsTheMostRecentOneByNewsConvention() {
    check("أعلنت الشرطة (الخميس)", "الخميس", "2018-05-24");
    check("أعلنت الشرطة (الأحد)", "الأحد", "2018-05-20");
  }

  @Test
  void weekdayAfterAFutureMarkerIsTheAnchorOrTheNextOne() {
    check("ومن المقرر أن يصل الوفد الأحد", "الأحد", "2018-05-27");
    check("ومن المقرر أن يصل الوفد الخميس", "الخميس", "2018-05-24");
  }

  @Test
  void weeksMonthsYears() {
    check("الأسبوع الماضي", "الأسبوع الماضي", "2018-W20");
    check("الشهر الجاري", "الشهر الجاري", "2018-05");
    check("العام الماضي", "العام الماضي", "2017");
    check("أواخر أيار الماضي", "أواخر أيار الماضي", "2017-05");
  }

  @Test
  void durationsAndSets() {
    List<DateMention> d = TemporalTagger.standard().tag("استمرت 36 ساعة", 1, THURSDAY);
    assertEquals(TemporalType.DURATION, d.get(0).type());
    check("استمرت 36 ساعة", "36 ساعة", "PT36H");
    check("استمرت ثلاثة أسابيع", "ثلاثة أسابيع", "P3W");
    check("منذ عشرة أيام", "منذ عشرة أيام", "2018-05-14");
    check("كل يوم جمعة", "كل يوم جمعة", "XXXX-WXX-5");
    assertEquals(TemporalType.SET, TemporalTagger.standard().tag("أسبوعيا", 1, THURSDAY).get(0).type());
  }

  @Test
  void withoutAnchorValuesAreUnderspecifiedNeverXxxxXxXx() {
    List<DateMention> d = TemporalTagger.standard().tag("الأربعاء وأمس والأسبوع الماضي و20 أيار", 1, null);
    assertEquals(List.of("XXXX-WXX-3", "PAST_REF", "PAST_REF", "XXXX-05-20"), d.stream().map(DateMention::value).toList());
  }

  @Test
  void ordinaryWordsThatAreAlsoMonthNamesAreNotTagged() {
    assertEquals(List.of(), TemporalTagger.standard().tag("مارس الجيش ضغوطا وقال أحد السكان إن رمضان غادر", 1, THURSDAY));
  }
}
