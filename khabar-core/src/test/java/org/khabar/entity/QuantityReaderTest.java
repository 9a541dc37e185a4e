package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.model.Quantity;
import org.khabar.model.TextLine;

/** Behaviours of the quantity reader (issue #7). */
class QuantityReaderTest {
  private static final QuantityReader READER = QuantityReader.standard();

  private static List<Quantity> read(String text) {
    return READER.read(List.of(new TextLine(1, text)));
  }

  /** Checks the only quantity: "text|value|max|unit|counts". */
  private static void check(String input, String expected) {
    List<Quantity> q = read(input);
    assertEquals(1, q.size(), () -> "quantities of '" + input + "': " + q);
    Quantity x = q.get(0);
    String max = x.max() == null ? "-" : String.valueOf(x.max().longValue());
    assertEquals(expected, x.text() + "|" + (long) x.value() + "|" + max + "|" + x.unit() + "|" + x.counts());
    assertEquals(x.text(), input.substring(x.start(), x.end()));
  }

  @Test
  void digitsWithCountedNoun() {
    check("خرج 400 مقاتل من المنطقة", "400 مقاتل|400|-|person|fighters");
  }

  @Test
  void accusativeSingularAfterElevenToNinetyNine() {
    check("وصلت 35 حافلةً إلى الشمال", "35 حافلةً|35|-|vehicle|buses");
  }

  @Test
  void eventBeforeNumberWinsOverPeopleNoun() {
    check("أسفر القصف عن مقتل 12 مدنيا", "12 مدنيا|12|-|person|killed");
  }

  @Test
  void eventVerbBeforeItsDefiniteSubject() {
    check("اعتقلت السلطات المصرية 40 شخصا", "40 شخصا|40|-|person|arrested");
  }

  @Test
  void eventAfterTheCountedNoun() {
    check("وقال إن 30 شخصا قتلوا في القصف", "30 شخصا|30|-|person|killed");
  }

  @Test
  void dualNounIsAQuantity() {
    check("استمرت المفاوضات يومين", "يومين|2|-|day|days");
  }

  @Test
  void approximatePluralIsARange() {
    check("عاد عشرات الآلاف من السكان", "عشرات الآلاف من السكان|20000|99999|person|people");
  }

  @Test
  void tensOfWithMin() {
    check("أصيب العشرات من المدنيين", "العشرات من المدنيين|20|99|person|wounded");
  }

  @Test
  void hedgeKeepsValue() {
    check("فر نحو 500 عائلة", "نحو 500 عائلة|500|-|family|families");
  }

  @Test
  void lowerBound() {
    check("اعتقال أكثر من 100 شخص", "أكثر من 100 شخص|100|-|person|arrested");
  }

  @Test
  void upperBound() {
    check("استمرت المعركة أقل من 48 ساعة", "أقل من 48 ساعة|0|48|hour|hours");
  }

  @Test
  void rangeBetween() {
    check("قتل بين 50 و60 عنصرا", "بين 50 و60 عنصرا|50|60|person|killed");
  }

  @Test
  void rangeScaleWordCountsForBothEnds() {
    check("خسائر بين 3 و5 ملايين دولار", "بين 3 و5 ملايين دولار|3000000|5000000|USD|money");
    check("نزح من 12 إلى 15 ألف شخص", "من 12 إلى 15 ألف شخص|12000|15000|person|displaced");
  }

  @Test
  void rangeWithToAndNoFrom() {
    check("نزح 12 إلى 15 ألف شخص", "12 إلى 15 ألف شخص|12000|15000|person|displaced");
  }

  @Test
  void rateThenAmountIsNoRange() {
    List<Quantity> q = read("ارتفعت الصادرات 6% إلى 293 مليار دولار");
    assertEquals(2, q.size(), () -> q.toString());
    assertEquals("6%", q.get(0).text());
    assertEquals("293 مليار دولار", q.get(1).text());
  }

  @Test
  void yearThenAmountIsNoRange() {
    check("بلغت الإيرادات في 2018 إلى 5 مليارات ريال", "5 مليارات ريال|5000000000|-|riyal|money");
  }

  @Test
  void percentRangeKeepsBothEnds() {
    check("ارتفعت النسبة من 1.5% إلى 2.2%", "من 1.5% إلى 2.2%|1|2|percent|percent");
  }

  @Test
  void rangeWithScaleOnBothEndsKeepsThem() {
    check("بين 500 ألف و3 ملايين دولار", "بين 500 ألف و3 ملايين دولار|500000|3000000|USD|money");
  }

  @Test
  void numberWords() {
    check("أفرج عن خمسة وعشرين معتقلا", "خمسة وعشرين معتقلا|25|-|person|arrested");
  }

  @Test
  void compoundElevenIsReadWhole() {
    check("قتل أحد عشر شخصا", "أحد عشر شخصا|11|-|person|killed");
  }

  @Test
  void oneOfIsNotANumber() {
    assertTrue(read("قتل أحد المسلحين").isEmpty(), () -> read("قتل أحد المسلحين").toString());
  }

  @Test
  void atMostIsAnUpperBound() {
    check("استمرت المعركة ما لا يزيد على 48 ساعة", "ما لا يزيد على 48 ساعة|0|48|hour|hours");
  }

  @Test
  void billionsIsARangeLikeThousands() {
    check("خسرت مليارات الدولارات", "مليارات الدولارات|2000000000|9999999999|USD|money");
  }

  @Test
  void tensOfBillionsDefinite() {
    check("ضخت عشرات المليارات من الدولارات", "عشرات المليارات من الدولارات|20000000000|99999999999|USD|money");
  }

  @Test
  void numberWordsWithScale() {
    check("هجر ثلاثة آلاف شخص", "ثلاثة آلاف شخص|3000|-|person|displaced");
  }

  @Test
  void moneyWithScaleAndCurrency() {
    check("تعهدت بتقديم 1.5 مليار دولار", "1.5 مليار دولار|1500000000|-|USD|money");
  }

  @Test
  void namedCurrency() {
    check("بلغ سعر الصرف 450 ليرة سورية", "450 ليرة سورية|450|-|SYP|money");
  }

  @Test
  void percentSign() {
    check("تراجعت بنسبة 30% خلال العام", "30%|30|-|percent|percent");
  }

  @Test
  void percentWords() {
    check("ارتفعت 12 بالمئة", "12 بالمئة|12|-|percent|percent");
  }

  @Test
  void arabicIndicDigitsWithSeparator() {
    check("وصل ١٬٥٠٠ نازح", "١٬٥٠٠ نازح|1500|-|person|displaced");
  }

  @Test
  void yearsAreNotQuantities() {
    assertTrue(read("منذ عام 2011 وحتى 2018 لم يتغير شيء في 1439 هـ").isEmpty());
  }

  @Test
  void dayOfMonthIsNotAQuantity() {
    assertTrue(read("في الـ 19 من أيار الماضي وفي 21 مايو و19/5/2018").isEmpty());
  }

  @Test
  void clockTimeIsNotAQuantity() {
    assertTrue(read("بدأ القصف عند الساعة 10 صباحا").isEmpty());
  }

  @Test
  void ordinalTeenAndAdverbAreNotQuantities() {
    assertTrue(read("فاز باللقب للعام الثاني عشر تواليا وهو المصنف 117 عالميا").isEmpty());
  }

  @Test
  void bareNumberWithoutCountIsNotReported() {
    assertTrue(read("صدر القرار 2254 في الجلسة 15").isEmpty());
  }

  @Test
  void hostileInputNeverThrows() {
    Random random = new Random(11);
    String seeds = "0123456789٠١٢٣٤٥٦٧٨٩,.٫٬%عشرات آلاف مقاتل بين و - من إلى نحو";
    for (int n = 0; n < 500; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(300);
      for (int i = 0; i < len; i++) {
        sb.append(random.nextBoolean() ? seeds.charAt(random.nextInt(seeds.length())) : (char) random.nextInt(0x700));
      }
      read(sb.toString());
    }
    read("9".repeat(5000) + " مقاتل");
    read("1,,,2..3 ٬٫ مقاتل");
    read("عشرات ".repeat(10000));
    READER.read(List.of());
  }
}
