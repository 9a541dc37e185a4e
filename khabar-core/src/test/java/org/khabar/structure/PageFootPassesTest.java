package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.LineRole;

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

  @Test
  void closingParagraphWithFooterFurnitureGluedAfterItsFullStopStaysContent() {
    List<String> lines = story();
    lines.add("ويأمل السكان أن تنتهي معاناتهم مع العطش قبل حلول الصيف المقبل بعد تشغيل المحطة بكامل طاقتها . . "
        + "اقرأ أيضا - - - - - 2024 جميع الحقوق محفوظة");
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, lines.size(), LineRole.CONTENT);
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
  void cleanTextClosingOnItsLeadAgainStaysContent() {
    // No footer below: a clean text that restates its lead ends on its own words.
    List<String> lines = story();
    lines.add(WATER_STORY[1].replace("وقال", "كما قال"));
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, lines.size(), LineRole.CONTENT);
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
  void footOpenedByARelatedTitleIsBoilerplateDownToTheFooter() {
    List<String> lines = story();
    lines.add("الوسوم سامر خليل مهندس زراعي من الريف الجنوبي , وكاتب في شؤون الطاقة .");
    lines.add("مقالات مشابهة شاهد أيضا مهرجان الكتاب يفتح أبوابه للزوار في قاعة المعارض الكبرى طوال الأسبوع "
        + "المقبل بمشاركة دور نشر عربية وأجنبية");
    lines.add("فاز المنتخب الوطني على ضيفه في مباراة ودية أقيمت مساء أمس بهدفين دون رد تابعنا على تويتر");
    lines.add("يقدم المركز دراسات وتحليلات معمقة للتطورات السياسية والاقتصادية في بلدان المنطقة كلها .");
    lines.add(FOOTER);
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, WATER_STORY.length, LineRole.CONTENT);
    assertRoles(s, WATER_STORY.length + 1, lines.size(), LineRole.BOILERPLATE);
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
  void commentsBelowACountHeaderAfterTheTagsAreBoilerplate() {
    List<String> lines = story();
    lines.add("ويبقى سكان الأحياء الشرقية في انتظار وصول مياه المحطة الجديدة إلى بيوتهم . . . Filed under : , | "
        + "Tagged : , , , | 3 تعليق أحسنت يا أستاذ فالمياه حق لكل مواطن وليست منة من أحد .");
    lines.add("أتفق مع الكاتب في كل كلمة , المحطات الجديدة ستنهي أزمة المياه في مدينتنا إن شاء الله .");
    lines.add("بارك الله فيك على هذا المقال الرائع , ونسأل الله أن يرفع البلاء عن أهلنا في الأحياء الشرقية .");
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, WATER_STORY.length + 1, LineRole.CONTENT);
    assertRoles(s, WATER_STORY.length + 2, lines.size(), LineRole.BOILERPLATE);
  }

  @Test
  void countOfRepliesInsideProseStartsNoThread() {
    List<String> lines = story();
    lines.add("وتلقت الوزارة على صفحتها 40 تعليقا من السكان يطالبون بتسريع مد شبكة الأنابيب إلى أحيائهم .");
    lines.add("وقال أحد السكان إن أسرته تشتري المياه منذ سنوات بأسعار مرتفعة من الصهاريج الخاصة .");
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, lines.size(), LineRole.CONTENT);
  }

  @Test
  void disclaimerOfTheSitesWritersAtTheFootIsBoilerplate() {
    List<String> lines = story();
    lines.add("جميع المواد المنشورة تعبر عن رأي كاتبيها ولا تعبر بالضرورة عن رأي الموقع .");
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, WATER_STORY.length, LineRole.CONTENT);
    assertEquals(LineRole.BOILERPLATE, role(s, lines.size()));
  }

  @Test
  void writersBioAboveTheFooterIsBoilerplate() {
    List<String> lines = story();
    lines.add("خريج كلية الهندسة بجامعة المدينة , مراسل الشؤون الخدمية في الأحياء الشرقية .");
    lines.add(FOOTER);
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, WATER_STORY.length, LineRole.CONTENT);
    assertEquals(LineRole.BOILERPLATE, role(s, WATER_STORY.length + 1));
  }

  @Test
  void closingSentenceAboutAWriterThatReportsSomethingStaysContent() {
    List<String> lines = story();
    lines.add("مهندس في المحطة قال إن التشغيل التجريبي سيبدأ الأسبوع المقبل في الأحياء الشرقية .");
    lines.add(FOOTER);
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, lines.size() - 1, LineRole.CONTENT);
  }

  @Test
  void proseBetweenTwoFooterLinesIsBoilerplate() {
    List<String> lines = story();
    lines.add("هذا الخبر منقول من : صحيفة المساء , الموقع غير مسؤول عن صحة الخبر ولا يتحمل أي مسؤولية قانونية .");
    lines.add("ويكتفي فريق التحرير بنقل ما يتداوله الإعلام المحلي والدولي لتقديم خدمة إخبارية متكاملة للقراء .");
    lines.add("بلغ عن المحتوى شكرا على تواصلكم معنا جميع الحقول مطلوبة");
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, WATER_STORY.length, LineRole.CONTENT);
    assertRoles(s, WATER_STORY.length + 1, lines.size(), LineRole.BOILERPLATE);
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
  void namesOfReadersAboveTheFooterAreBoilerplate() {
    List<String> lines = story();
    lines.add("سامي العلي ابو خالد - عمان نور الهدى سعيد المصري حر عربي كريم - دمشق سلمى ياسين .");
    lines.add(FOOTER);
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, WATER_STORY.length, LineRole.CONTENT);
    assertEquals(LineRole.BOILERPLATE, role(s, WATER_STORY.length + 1));
  }

  @Test
  void shortClosingLineWithoutFunctionWordsAboveTheFooterStaysContent() {
    List<String> lines = story();
    lines.add("- المحطة الجديدة تطرق الأبواب بصخب فاشربوا الماء بفرح .");
    lines.add(FOOTER);
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, lines.size() - 1, LineRole.CONTENT);
  }

  @Test
  void labelThatItselfBeginsWithWaIsAWidgetTitleAtTheLinesStart() {
    Lexicon lexicon = Lexicon.standard();
    assertEquals(true, lexicon.widgetHits(words("وسوم الأكثر انتشارا المياه المحطة")).atStartBare());
    // a clitic wa- glued to a widget phrase: a connective, as in a paragraph's opening
    assertEquals(false, lexicon.widgetHits(words("واقرأ أيضا عن المحطة")).atStartBare());
  }

  @Test
  void tagsBoxOpeningWithWaAtTheEndIsBoilerplate() {
    List<String> lines = story();
    // A long box of teasers: the score of a line this long leans to prose, only its opening title tells.
    lines.add("وسوم الأكثر انتشارا عاجل | مهرجان الكتاب يفتح أبوابه للزوار في قاعة المعارض الكبرى . . والناشرون "
        + "يشتكون من ارتفاع أسعار الورق 20 ساعة عاجل | المنتخب الوطني يفوز على ضيفه في مباراة ودية أقيمت مساء "
        + "أمس . . والمدرب يعد بالمزيد 2 يوم عاجل | الحكومة تعلن خطة جديدة لدعم المزارعين في الريف الجنوبي قبل "
        + "موسم الحصاد . . والنقابات ترحب 3 يوم");
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, WATER_STORY.length, LineRole.CONTENT);
    assertEquals(LineRole.BOILERPLATE, role(s, lines.size()));
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
  void closingParagraphWithASourceCreditAndWidgetsGluedOnStaysContent() {
    List<String> lines = story();
    lines.add("وأكدت الوزارة أن التشغيل سيبدأ الأسبوع المقبل في كل الأحياء الشرقية للمدينة . المصدر : وكالة الأنباء "
        + "الرسمية تابعنا على فيسبوك جميع الحقوق محفوظة");
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, lines.size(), LineRole.CONTENT);
  }

  @Test
  void sentenceEndIsFoundBeforeACreditButNotAtADecimalPoint() {
    String key = Lexicon.wordKey("a b c d e f g h i j k l") + " . المصدر : وكاله الانباء تابعنا";
    assertEquals(12, BoilerplateRules.lastSentenceEnd(key, 16, BoilerplateRules.CREDIT_WORDS));
    assertEquals(-1, BoilerplateRules.lastSentenceEnd(key, 16, 2));
    assertEquals(-1, BoilerplateRules.lastSentenceEnd("بلغت الكلفه 1 . 9 مليار تابعنا", 5, 6));
  }

  @Test
  void keywordListClosingThePageIsBoilerplate() {
    List<String> lines = story();
    lines.add("المياه , تحلية مياه البحر , المدن الساحلية , الخدمات العامة , البنية التحتية , وزارة المياه");
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, WATER_STORY.length, LineRole.CONTENT);
    assertEquals(LineRole.BOILERPLATE, role(s, lines.size()));
  }

  @Test
  void closingSentenceThatOpensWithAnEnumerationStaysContent() {
    List<String> lines = story();
    lines.add("المدينة , والقرى الساحلية , والأحياء الشرقية , والريف الجنوبي , كلها ستستفيد من المحطة الجديدة .");
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, lines.size(), LineRole.CONTENT);
  }

  @Test
  void postsBelowACommentSectionTitleAloneAreBoilerplate() {
    List<String> lines = story();
    lines.add("التعليقات ( 2 )");
    lines.add("أتفق مع الكاتب في كل كلمة , المحطات الجديدة ستنهي أزمة المياه في مدينتنا إن شاء الله .");
    lines.add("بارك الله فيك على هذا المقال الرائع , ونسأل الله أن يرفع البلاء عن أهلنا في الأحياء الشرقية .");
    ArticleStructure s = analyze(lines);
    assertRoles(s, 1, WATER_STORY.length, LineRole.CONTENT);
    assertRoles(s, WATER_STORY.length + 1, lines.size(), LineRole.BOILERPLATE);
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
