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
}
