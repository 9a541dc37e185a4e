package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.khabar.model.LineRole;
import org.khabar.text.CaseTable;

/** The passes at the page's foot (issue #5, tenth round): one behaviour per test, on synthetic pages. */
class PageFootPassesTest {
  private static final StructureAnalyzer ANALYZER = StructureAnalyzer.standard();

  /** A short story about a water plant, written for these tests. */
  private static final String[] WATER_STORY = {
      "افتتحت وزارة المياه محطة جديدة لتحلية مياه البحر في المدينة الساحلية بطاقة تبلغ مئة ألف متر مكعب يوميا .",
      "وقال وزير المياه خلال حفل الافتتاح إن المحطة ستغطي حاجة نصف سكان المدينة من مياه الشرب .",
      "وأوضح أن كلفة المشروع بلغت ثلاثمئة مليون دولار وأن تنفيذه استغرق ثلاث سنوات بمشاركة شركات محلية .",
      "وأشار الوزير إلى أن الوزارة تعمل على مد شبكة أنابيب جديدة تربط المحطة بالأحياء الشرقية للمدينة .",
      "ويعاني سكان الأحياء الشرقية منذ سنوات من انقطاع المياه لأيام متتالية خلال فصل الصيف .",
      "وتخطط الوزارة لبناء محطتين أخريين على الساحل الجنوبي خلال السنوات الخمس المقبلة ."};

  private static final String FOOTER = "جميع الحقوق محفوظة لموقع الخبر اليوم 2024";

  private static List<String> story() {
    return new ArrayList<>(List.of(WATER_STORY));
  }

  private static ArticleStructure analyze(List<String> lines) {
    return ANALYZER.analyze(StructureAnalyzerTest.article(lines.toArray(String[]::new)));
  }

  private static LineRole role(ArticleStructure s, int line) {
    return s.lines().get(line - 1).role();
  }

  private static void assertRoles(ArticleStructure s, int from, int to, LineRole expected) {
    for (int i = from; i <= to; i++) {
      assertEquals(expected, role(s, i), "line " + i);
    }
  }

  @TestFactory
  Stream<DynamicTest> furnitureAtTheFootBelowTheStoryIsBoilerplate() {
    return CaseTable.tests("/org/khabar/structure/foot-furniture.tsv", 1, PageFootPassesTest::assertFootRoles);
  }

  @TestFactory
  Stream<DynamicTest> closingProseOfTheArticleStaysContent() {
    return CaseTable.tests("/org/khabar/structure/foot-closing-prose.tsv", 1, PageFootPassesTest::assertFootRoles);
  }

  /** The story, then the case's lines ({@code role:text}): the story stays content, each line gets its role. */
  private static void assertFootRoles(CaseTable.Case c) {
    List<String> lines = story();
    List<String> roles = new ArrayList<>();
    for (String column : c.columns()) {
      int colon = column.indexOf(':');
      roles.add(column.substring(0, colon));
      lines.add(column.substring(colon + 1));
    }
    ArticleStructure s = analyze(lines);
    for (int i = 1; i <= WATER_STORY.length; i++) {
      assertEquals(LineRole.CONTENT, role(s, i), c.where() + ": story line " + i);
    }
    for (int k = 0; k < roles.size(); k++) {
      int line = WATER_STORY.length + 1 + k;
      if (!roles.get(k).equals("any")) {
        LineRole expected = LineRole.valueOf(roles.get(k).toUpperCase(Locale.ROOT));
        assertEquals(expected, role(s, line), c.where() + ": line " + line);
      }
    }
  }

  @Test
  void partOfAnEarlierParagraphCopiedAboveTheFooterIsADuplicate() {
    List<String> lines = story();
    // Two thirds of the lead, too short a part of it for the line-level repeat test.
    lines.add("افتتحت وزارة المياه محطة جديدة لتحلية مياه البحر في المدينة الساحلية بطاقة");
    lines.add(FOOTER);
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, WATER_STORY.length, LineRole.CONTENT);
    assertEquals(LineRole.DUPLICATE, role(s, WATER_STORY.length + 1));
    assertEquals(1, s.lines().get(WATER_STORY.length).duplicateOf());
  }

  @Test
  void contactFormGluedBeforeACopyOfTheLeadIsADuplicate() {
    List<String> lines = story();
    lines.add("إذا أردت أن تتصل بنا لتقديم اقتراح أو تصحيح خطأ , أرسل البريد الإلكتروني إلى : " + WATER_STORY[0]
        + " " + WATER_STORY[1] + " " + WATER_STORY[2]);
    lines.add(FOOTER);
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, WATER_STORY.length, LineRole.CONTENT);
    assertEquals(LineRole.DUPLICATE, role(s, WATER_STORY.length + 1));
  }

  @Test
  void quotationRepeatedInsideTheArticleStaysContent() {
    // A pull quote: most of one paragraph's sentence, with more of the article below it.
    List<String> lines = new ArrayList<>(List.of(WATER_STORY).subList(0, 3));
    lines.add("\" كلفة المشروع بلغت ثلاثمئة مليون دولار وأن تنفيذه استغرق ثلاث سنوات \"");
    lines.addAll(List.of(WATER_STORY).subList(3, WATER_STORY.length));
    lines.add(FOOTER);
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, lines.size() - 1, LineRole.CONTENT);
  }

  @Test
  void inlineReadAlsoWithTheArticleGoingOnBelowKeepsTheArticle() {
    List<String> lines = new ArrayList<>(List.of(WATER_STORY).subList(0, 4));
    lines.add("اقرأ أيضا : مهرجان الكتاب يفتح أبوابه للزوار في قاعة المعارض الكبرى");
    lines.add("كما يعاني سكان الأحياء الشرقية منذ سنوات من انقطاع المياه لأيام متتالية خلال فصل الصيف .");
    lines.add("يذكر أن الوزارة تخطط لبناء محطتين أخريين على الساحل الجنوبي خلال السنوات الخمس المقبلة .");
    lines.add(FOOTER);
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, 4, LineRole.CONTENT);
    assertRoles(s, 6, 7, LineRole.CONTENT);
  }

  @Test
  void backgroundParagraphBetweenTwoReadAlsoLinesStaysContent() {
    List<String> lines = new ArrayList<>(List.of(WATER_STORY).subList(0, 4));
    lines.add("اقرأ أيضا : مهرجان الكتاب يفتح أبوابه للزوار في قاعة المعارض الكبرى");
    lines.add("يذكر أن المدن الساحلية في المنطقة تعتمد منذ عقود على تحلية مياه البحر لتأمين مياه الشرب .");
    lines.add("اقرأ أيضا : المنتخب الوطني يفوز على ضيفه في مباراة ودية");
    ArticleStructure s = analyze(lines);
    assertEquals(LineRole.CONTENT, role(s, 6));
  }

  @Test
  void labelThatItselfBeginsWithWaIsAWidgetTitleAtTheLinesStart() {
    Lexicon lexicon = Lexicon.standard();
    assertEquals(true, lexicon.widgetHits(words("وسوم الأكثر انتشارا المياه المحطة")).atStartBare());
    // a clitic wa- glued to a widget phrase: a connective, as in a paragraph's opening
    assertEquals(false, lexicon.widgetHits(words("واقرأ أيضا عن المحطة")).atStartBare());
  }

  @Test
  void hostileFeetNeverThrow() {
    String huge = (WATER_STORY[0] + " ").repeat(2_000);
    List<List<String>> pages = List.of(
        List.of(WATER_STORY[0], WATER_STORY[1], WATER_STORY[2], WATER_STORY[3], FOOTER, "! ! ! . . .", FOOTER),
        List.of(WATER_STORY[0], WATER_STORY[1], WATER_STORY[2], WATER_STORY[3], "12 تعليق", "", "؟؟", FOOTER),
        List.of(WATER_STORY[0], WATER_STORY[1], WATER_STORY[2], WATER_STORY[3], huge, huge, FOOTER),
        List.of(WATER_STORY[0], WATER_STORY[1], WATER_STORY[2], WATER_STORY[3], "مقالات مشابهة", "- - -", FOOTER),
        List.of(FOOTER, FOOTER, "مقالات مشابهة", "3 ردود", "خريج", FOOTER));
    for (List<String> page : pages) {
      ArticleStructure s = analyze(new ArrayList<>(page));
      assertEquals(page.size(), s.lines().size());
    }
  }

  @Test
  void sentenceEndIsFoundBeforeACreditButNotAtADecimalPoint() {
    String key = Lexicon.wordKey("a b c d e f g h i j k l") + " . المصدر : وكاله الانباء تابعنا";
    assertEquals(12, BoilerplateRules.lastSentenceEnd(key, 16, BoilerplateRules.CREDIT_WORDS));
    assertEquals(-1, BoilerplateRules.lastSentenceEnd(key, 16, 2));
    assertEquals(-1, BoilerplateRules.lastSentenceEnd("بلغت الكلفه 1 . 9 مليار تابعنا", 5, 6));
  }

  @Test
  void commentSectionTitleIsFoundAloneOnly() {
    Lexicon lexicon = Lexicon.standard();
    assertEquals(true, lexicon.isCommentLabel(words("التعليقات ( 3 )")));
    assertEquals(true, lexicon.isCommentLabel(words("آراء القراء")));
    assertEquals(false, lexicon.isCommentLabel(words("التعليقات الواردة من القراء على الخبر")));
  }

  private static List<String> words(String text) {
    return List.of(Lexicon.wordKey(text).split(" "));
  }

  @Test
  void commentCountHeaderIsFoundAfterItsNumber() {
    Lexicon lexicon = Lexicon.standard();
    assertEquals(1, lexicon.commentCountAt(words("tagged : 12 تعليق على المقال")));
    assertEquals(0, lexicon.commentCountAt(words("2 responses to this post")));
    assertEquals(-1, lexicon.commentCountAt(words("تعليق الرئيس على 12 قرارا")));
  }
}
