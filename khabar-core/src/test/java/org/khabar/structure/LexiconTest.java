package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lexicon's feed time stamps (issue #5). */
class LexiconTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "تويتر 16 ساعات منذ خرج السوريون في مظاهرة|1",
      "منذ 3 أيام افتتاح معرض|1",
      "16 ساعات منذ خبر 1 أيام منذ خبر آخر|2",
      "posted 2 hours ago|1",
      "وقال إنه يقيم في المدينة منذ سنوات|0",
      "منذ عام 2011 تغير كل شيء|0",
      "ساعات منذ|0"})
  void countsRelativeTimeStamps(String text, int stamps) {
    Lexicon lexicon = Lexicon.standard();
    assertEquals(stamps, lexicon.timeAgoStamps(Lexicon.words(Lexicon.wordKey(text))), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"يذكر|true", "ويذكر|true", "وتجدر|true", "والجدير|true", "يشار|true",
      "قال|false", "الموقع|false"})
  void knowsTheBackgroundFormulasThatOpenArticleProse(String word, boolean opener) {
    assertEquals(opener, Lexicon.standard().isParagraphOpener(Lexicon.wordKey(word)), word);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "شبكة النهار موقع إخباري مستقل|1|0|2",
      "مرجعك الأول للأخبار على مدار الساعة|1|1|0",
      "وهي النافذة الإعلامية الرسمية للحركة|1|0|1",
      "ويسعى الموقع إلى تقديم الخبر الصحيح|1|1|0",
      "قال المتحدث إن القصف استمر على مدار الساعة|0|1|5",
      "أعلنت الوزارة إغلاق الطريق الرئيسي|0|0|-1"})
  void findsTheSelfDescriptionPhrasesOfAnOutlet(String text, int strong, int mission, int firstAt) {
    Lexicon.SelfHits h = Lexicon.standard().selfDescriptionHits(Lexicon.words(Lexicon.wordKey(text)));
    assertEquals(strong, h.strong(), text);
    assertEquals(mission, h.mission(), text);
    assertEquals(firstAt, h.firstAt(), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "08 : 41 صباحا - آخر تعديل في الثلاثاء 21 تشرين الثاني / نوفمبر 2017 .|true|true",
      "14 فبراير / شباط 2018|true|false",
      "نشر في 3 أكتوبر 2017|true|true",
      "وذلك في 10 يونيو 2014 .|false|false",
      "الطريق الرئيسي أعيد فتحه|false|false",
      "الثلاثاء|false|false"})
  void recognisesDateStampsAloneAndTheirCmsLabels(String text, boolean stamp, boolean label) {
    java.util.List<String> words = Lexicon.words(Lexicon.wordKey(text));
    assertEquals(stamp, Lexicon.standard().dateStampOnly(words), text);
    assertEquals(label, Lexicon.standard().hasDateStampLabel(words), text);
  }
}
