package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.LineRole;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;
import org.khabar.text.ArabicText;
import org.khabar.text.CaseTable;

/**
 * Header lines glued from the site name, date stamp, menu and headline ({@link HeaderResidue}, {@link
 * PageHeadPasses#markGluedHeader}); one behaviour per test, synthetic lines.
 */
class GluedHeaderTest {
  private static final StructureAnalyzer ANALYZER = StructureAnalyzer.standard();
  private static final Lexicon LEXICON = Lexicon.standard();

  /** A made-up story of a reopened road, seven paragraphs (the article below the header). */
  private static final String[] STORY = {
      "قالت السلطات المحلية إن الطريق الرئيسي أعيد فتحه أمام السيارات صباح اليوم بعد إغلاق دام يومين بسبب السيول.",
      "وأوضح مسؤول في البلدية أن فرق الصيانة أنهت إصلاح الجسر المتضرر، مشيرا إلى أن الحركة عادت طبيعية.",
      "وأشار المسؤول إلى أن أعمال الصيانة شملت تدعيم أعمدة الجسر وتبديل الإنارة على طول الطريق الرئيسي.",
      "كما دعت البلدية السائقين إلى الالتزام بالسرعة المحددة قرب الجسر خلال الأسابيع المقبلة.",
      "وكانت الأمطار الغزيرة قد تسببت في انهيار جزء من الجسر وإغلاق الطريق أمام السيارات.",
      "ورحب سكان القرى المجاورة بإعادة فتح الطريق، إذ كانوا يضطرون إلى سلوك طرق فرعية طويلة للوصول إلى أعمالهم.",
      "وقال أحد التجار إن إغلاق الطريق كبد المحال التجارية خسائر كبيرة خلال اليومين الماضيين."};

  private static String key(String text) {
    return ArabicText.matchKey(text);
  }

  private static List<String> words(String text) {
    return Lexicon.words(key(text));
  }

  /** The furniture marks of a line's words, without outlet names or a headline. */
  private static byte[] furniture(String text) {
    return HeaderResidue.furniture(LEXICON, key(text), words(text), List.of(), List.of());
  }

  private static LineRole firstRole(String url, String header) {
    List<String> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(List.of(STORY));
    RawArticle a = new RawArticle("t", new SourceRef("t.txt", url, "txt"), lines, List.of(), ArticleMetadata.EMPTY);
    return ANALYZER.analyze(a).lines().get(0).role();
  }

  // ------------------------------------------------------------------------------------ page stamps

  @TestFactory
  Stream<DynamicTest> datesOfThePageAreStamps() {
    return cases("/org/khabar/structure/page-stamps.tsv", "stamp",
        c -> assertTrue(HeaderResidue.pageStamp(key(c.col(1))), c.where()));
  }

  @TestFactory
  Stream<DynamicTest> datesAndNumbersInProseAreNoStamps() {
    return cases("/org/khabar/structure/page-stamps.tsv", "prose",
        c -> assertFalse(HeaderResidue.pageStamp(key(c.col(1))), c.where()));
  }

  /** The cases of a table ({@code name TAB expected TAB ...}) that expect {@code expected}. */
  private static Stream<DynamicTest> cases(String table, String expected, Consumer<CaseTable.Case> check) {
    return CaseTable.read(table, 2).stream().filter(c -> c.col(0).equals(expected))
        .map(c -> DynamicTest.dynamicTest(c.where(), () -> check.accept(c)));
  }

  // ------------------------------------------------------------------------------------ furniture and residue

  @Test
  void numbersStampWordsLatinWordsAndTheOutletNameAreFurniture() {
    List<String> w = words("نبأ برس Menu الأربعاء 13 مارس 2019 مدينة");
    byte[] f = HeaderResidue.furniture(LEXICON, null, w, List.of(words("نبأ برس")), List.of());
    assertEquals(1, HeaderResidue.residue(f), "only the word مدينة is left");
    assertEquals(HeaderResidue.NONE, f[w.size() - 1]);
    assertEquals(HeaderResidue.SOFT, f[3], "a month name is a stamp word, which prose also uses");
  }

  @Test
  void headlinePrintedTwiceOnTheLineIsFurniture() {
    List<String> w = words("افتتاح جسر جديد فوق النهر الكبير - موقع الخبر افتتاح جسر جديد فوق النهر الكبير");
    byte[] f = HeaderResidue.furniture(LEXICON, null, w, List.of(), List.of());
    assertEquals(2, HeaderResidue.residue(f), "موقع الخبر is left");
  }

  @Test
  void headlineOnTheTitleLineIsFurniture() {
    List<String> w = words("افتتاح جسر جديد فوق النهر الكبير القسم المحلي");
    byte[] f = HeaderResidue.furniture(LEXICON, null, w, List.of(), List.of(words("افتتاح جسر جديد فوق النهر الكبير")));
    assertEquals(2, HeaderResidue.residue(f));
  }

  @Test
  void longPassagePrintedAgainElsewhereIsNotAnEcho() {
    List<String> passage = words(STORY[0] + " " + STORY[1] + " " + STORY[2]);
    assertTrue(passage.size() > HeaderResidue.ECHO_MAX_RUN);
    boolean[] echo = HeaderResidue.echoed(passage, List.of(passage));
    assertArrayEquals(new boolean[passage.size()], echo);
  }

  @Test
  void passagePrintedTwiceFarApartOnOneLineIsNotAnEcho() {
    List<String> passage = words(STORY[0] + " " + STORY[1] + " " + STORY[2]);
    List<String> twice = new ArrayList<>(passage);
    twice.addAll(passage);
    assertTrue(passage.size() > HeaderResidue.ECHO_MAX_DISTANCE);
    assertArrayEquals(new boolean[twice.size()], HeaderResidue.echoed(twice, List.of()));
  }

  @Test
  void sentenceEndingTheLineIsCountedThroughStampWords() {
    String text = "عنوان الخبر 12 / 03 / 2019 المطر في المدينة يغلق الطريق يوم الأحد .";
    byte[] f = furniture(text);
    assertEquals(4, HeaderResidue.endsOnSentence(key(text), f), "المطر المدينة يغلق الطريق; في يوم الأحد are soft");
  }

  @Test
  void lineEndingOnAStampEndsOnNoSentence() {
    String text = "عنوان الخبر القصير تم نشره في الأحد 12 / 03 / 2019 .";
    byte[] f = furniture(text);
    assertEquals(0, HeaderResidue.endsOnSentence(key(text), f));
  }

  @TestFactory
  Stream<DynamicTest> sentenceInsideAHeaderLineIsFound() {
    return cases("/org/khabar/structure/header-sentences.tsv", "sentence", c -> assertTrue(
        longestSentence(c.col(2), c.col(1)) >= PageHeadPasses.HEADER_SENTENCE_WORDS, c.where()));
  }

  @TestFactory
  Stream<DynamicTest> dotsThatEndNoSentenceLeaveNone() {
    return cases("/org/khabar/structure/header-sentences.tsv", "none",
        c -> assertEquals(0, longestSentence(c.col(2), c.col(1)), c.where()));
  }

  /** Words of the longest sentence of {@code text} (once the furniture, {@code outlet}'s name too, is out). */
  private static int longestSentence(String text, String outlet) {
    List<List<String>> names = outlet.isEmpty() ? List.of() : List.of(words(outlet));
    return HeaderResidue.longestSentence(key(text), HeaderResidue.furniture(LEXICON, key(text), words(text), names,
        List.of()));
  }

  @Test
  void randomAndHostileLinesNeverThrowAndKeepOneMarkAWord() {
    java.util.Random random = new java.util.Random(20261124);
    String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي0123456789 .:/-|?!؟,\u200f\u0640aZ";
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(400);
      for (int c = 0; c < length; c++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String key = key(sb.toString());
      List<String> w = words(sb.toString());
      byte[] f = HeaderResidue.furniture(LEXICON, key, w, List.of(List.of("ا")), List.of(w));
      assertEquals(Math.min(w.size(), HeaderResidue.MAX_WORDS), f.length, sb.toString());
      int[] ends = HeaderResidue.sentenceEnds(key, f.length);
      for (int k = 1; k < ends.length; k++) {
        assertTrue(ends[k] > ends[k - 1] && ends[k] <= f.length, sb.toString());
      }
      assertTrue(HeaderResidue.longestSentence(key, f) <= f.length);
      assertTrue(HeaderResidue.residue(f) <= f.length);
      HeaderResidue.pageStamp(key);
    }
    assertEquals(0, HeaderResidue.furniture(LEXICON, "", List.of(), List.of(), List.of()).length);
    assertEquals(0, HeaderResidue.longestSentence("", new byte[0]));
  }

  @Test
  void hugeHeaderLikeFirstLineGetsARoleWithoutThrowing() {
    String huge = "عنوان الخبر 10 : 40 تم نشره في 21 / 01 / 2018 ".repeat(3_000);
    assertNotNull(firstRole(null, huge));
  }

  @Test
  void headerClosingOnItsDateStampEndsOnAStamp() {
    String text = "القائمة عنوان الخبر الطويل عن الطريق الجديد الجمعة , 28 ابريل / نيسان 2017 ; 04 : 53 "
        + "( GMT + 0400 ) .";
    assertTrue(HeaderResidue.endsOnStamp(key(text), HeaderResidue.stampsAndWidgets(LEXICON, key(text), words(text))));
  }

  @Test
  void leadClosingOnItsOwnWordsEndsOnNoStamp() {
    String text = "10 : 40 قال مسؤول في البلدية إن الطريق أعيد فتحه";
    assertFalse(HeaderResidue.endsOnStamp(key(text), HeaderResidue.stampsAndWidgets(LEXICON, key(text), words(text))));
  }

  // ------------------------------------------------------------------------------------ the pass on whole pages

  @TestFactory
  Stream<DynamicTest> headersGluedFromStampsMenusAndTheHeadlineAreBoilerplate() {
    return cases("/org/khabar/structure/glued-headers.tsv", "boilerplate",
        c -> assertEquals(LineRole.BOILERPLATE, firstRole(null, c.col(1)), c.where()));
  }

  @TestFactory
  Stream<DynamicTest> leadsWithAStampOrADateStayContent() {
    return cases("/org/khabar/structure/glued-headers.tsv", "content",
        c -> assertEquals(LineRole.CONTENT, firstRole(null, c.col(1)), c.where()));
  }
}
