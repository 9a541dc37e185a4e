package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.LineMarkup;
import org.khabar.model.LineRole;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;

/** One behaviour per test (issue #5). */
class StructureAnalyzerTest {
  private static final StructureAnalyzer ANALYZER = StructureAnalyzer.standard();
  private static final String P1 = "قالت السلطات المحلية إن الطريق الرئيسي أعيد فتحه أمام السيارات صباح اليوم بعد إغلاق دام يومين.";
  private static final String P2 = "وأوضح مسؤول في البلدية أن فرق الصيانة أنهت إصلاح الجسر المتضرر، مشيرا إلى أن الحركة عادت طبيعية.";

  static RawArticle article(String... lines) {
    return article(null, ArticleMetadata.EMPTY, List.of(), lines);
  }

  private static RawArticle article(String url, ArticleMetadata meta, List<LineMarkup> markup, String... lines) {
    return new RawArticle("t", new SourceRef("t.txt", url, "txt"), List.of(lines), markup, meta);
  }

  /** Asserts that lines {@code from} to {@code to} (1-based, inclusive) have {@code expected}, naming a failing line. */
  private static void assertRoles(ArticleStructure s, int from, int to, LineRole expected) {
    for (int i = from; i <= to; i++) {
      assertEquals(expected, role(s, i), "line " + i);
    }
  }

  private static LineRole role(ArticleStructure s, int line) {
    return s.lines().get(line - 1).role();
  }

  private static final String[] ROAD_STORY = {
      P1,
      P2,
      "وأشار المسؤول إلى أن أعمال الصيانة شملت تدعيم أعمدة الجسر وتبديل الإنارة على طول الطريق الرئيسي.",
      "كما دعت البلدية السائقين إلى الالتزام بالسرعة المحددة قرب الجسر خلال الأسابيع المقبلة.",
      "وكانت الأمطار الغزيرة قد تسببت في انهيار جزء من الجسر وإغلاق الطريق أمام السيارات."};

  @Test
  void teaserBoxUnderTheArticleIsBoilerplate() {
    List<String> lines = new ArrayList<>(List.of(ROAD_STORY));
    lines.add("ارتفاع أسعار الخبز في الأسواق المحلية أعلنت وزارة التجارة ارتفاع أسعار الخبز في الأسواق المحلية "
        + "بنسبة عشرة في المئة اعتبارا من الشهر المقبل.");
    lines.add("مهرجان الكتاب.. إقبال واسع على الأجنحة في يومه الأول رغم سوء الطقس");
    lines.add("فوز المنتخب الوطني على ضيفه في مباراة ودية حقق المنتخب الوطني فوزا على ضيفه في مباراة ودية أقيمت "
        + "مساء أمس.");
    lines.add("جميع الحقوق محفوظة 2024");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, ROAD_STORY.length, LineRole.CONTENT);
    assertRoles(s, ROAD_STORY.length + 1, lines.size(), LineRole.BOILERPLATE);
  }

  @Test
  void closingQuestionsOnTheStorysOwnTopicStayContent() {
    List<String> lines = new ArrayList<>(List.of(ROAD_STORY));
    // Headline marks on every line (two questions, ".." twice): only the shared topic keeps them in the article.
    lines.add("السائقون تساءلوا: لماذا تأخرت صيانة الجسر؟ ومن يضمن الطريق الرئيسي؟ وقال أحدهم إن الطريق كان خطرا.");
    lines.add("البلدية ردت: هل تأخرت صيانة الجسر؟ وهل تكفي الإصلاحات؟ يقول المهندسون إن الجسر آمن "
        + "والطريق الرئيسي مفتوح.");
    lines.add("السيارات عادت إلى الطريق الرئيسي.. والأسواق القريبة من الجسر.. استعادت زبائنها بعد يومين من الإغلاق.");
    lines.add("جميع الحقوق محفوظة 2024");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, lines.size() - 1, LineRole.CONTENT);
  }

  @Test
  void tailLineOpeningWithAWidgetTitleIsBoilerplateEvenWithTeaserProse() {
    List<String> lines = new ArrayList<>(List.of(ROAD_STORY));
    lines.add("اقرأ أيضا مهرجان الكتاب يفتح أبوابه للزوار أعلنت إدارة المهرجان أن الدورة الجديدة تستقبل الزوار "
        + "طوال الأسبوع المقبل في قاعة المعارض الكبرى.");
    lines.add("جميع الحقوق محفوظة 2024");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertEquals(LineRole.CONTENT, role(s, ROAD_STORY.length));
    assertEquals(LineRole.BOILERPLATE, role(s, ROAD_STORY.length + 1));
  }

  @Test
  void widgetWordsGluedBeforeAClosingParagraphKeepTheParagraph() {
    List<String> lines = new ArrayList<>(List.of(ROAD_STORY));
    lines.add("أخبار متعلقة وأكد رئيس البلدية أن الجسر سيخضع لفحص دوري كل ستة أشهر لضمان سلامة السيارات.");
    lines.add("جميع الحقوق محفوظة 2024");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertEquals(LineRole.CONTENT, role(s, ROAD_STORY.length + 1));
  }

  @Test
  void repeatedParagraphWithADatelineGluedOnIsADuplicate() {
    String p3 = "وأشار المسؤول إلى أن أعمال الصيانة شملت تدعيم أعمدة الجسر وتبديل الإنارة على طول الطريق الرئيسي "
        + "المؤدي إلى وسط المدينة والأسواق القديمة.";
    ArticleStructure s = ANALYZER.analyze(article(P1, p3, P2, "حمص - مراسلنا " + p3));
    assertEquals(LineRole.DUPLICATE, role(s, 4));
    assertEquals(2, s.lines().get(3).duplicateOf());
  }

  @Test
  void everyLineGetsExactlyOneRole() {
    ArticleStructure s = ANALYZER.analyze(article("عنوان الخبر هنا", "", P1, P2, "جميع الحقوق محفوظة"));
    assertEquals(5, s.lines().size());
    for (int i = 0; i < 5; i++) {
      assertEquals(i + 1, s.lines().get(i).line());
    }
  }

  @Test
  void metadataTitleWinsAndItsLineIsTheTitle() {
    ArticleMetadata meta = new ArticleMetadata("فتح الطريق الرئيسي", null, null, null, null, null, Map.of());
    ArticleStructure s = ANALYZER.analyze(article(null, meta, List.of(), "فتح الطريق الرئيسي", P1));
    assertEquals("فتح الطريق الرئيسي", s.title());
    assertEquals(LineRole.TITLE, role(s, 1));
  }

  @Test
  void contentKeepsOriginalLineNumbersAndText() {
    ArticleStructure s = ANALYZER.analyze(article("", P1, "", P2));
    assertEquals(2, s.content().size());
    assertEquals(2, s.content().get(0).number());
    assertEquals(P1, s.content().get(0).text());
    assertEquals(4, s.content().get(1).number());
  }

  @Test
  void allBoilerplateGivesEmptyBodyAndNoContentFlag() {
    ArticleStructure s = ANALYZER.analyze(article("الرئيسية", "اتصل بنا", "سياسة الخصوصية", "جميع الحقوق محفوظة 2021"));
    assertEquals("", s.body());
    assertTrue(s.content().isEmpty());
    assertTrue(s.flags().contains("no_content"));
  }

  @Test
  void emptyArticleGivesNoContentFlag() {
    ArticleStructure s = ANALYZER.analyze(article());
    assertTrue(s.lines().isEmpty());
    assertTrue(s.flags().contains("no_content"));
  }

  @Test
  void repeatedBlockPointsToFirstCopy() {
    ArticleStructure s = ANALYZER.analyze(article(P1, P2, P1, P2));
    assertEquals(LineRole.DUPLICATE, role(s, 3));
    assertEquals(1, s.lines().get(2).duplicateOf());
    assertEquals(2, s.lines().get(3).duplicateOf());
  }

  @Test
  void lineWithoutFinalStopBeforeANewSentenceIsNotJoined() {
    ArticleStructure s = ANALYZER.analyze(article(
        "أعلنت الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية خلال العام المقبل",
        "وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة وبذورا محسنة."));
    assertNull(s.lines().get(0).joinedWith());
  }

  @Test
  void lineEndingOnAPrepositionIsJoined() {
    ArticleStructure s = ANALYZER.analyze(article(P1, "وأكد المتحدث أن الفرق ستواصل عملها في",
        "المناطق المتضررة حتى نهاية الأسبوع."));
    assertEquals(3, s.lines().get(1).joinedWith());
    assertTrue(s.body().contains("عملها في المناطق المتضررة"));
  }

  @Test
  void wireLineIsBylineButNeverThePublisher() {
    ArticleStructure s = ANALYZER.analyze(article("المصدر: وكالات", P1, P2));
    assertEquals(LineRole.BYLINE, role(s, 1));
    assertNull(s.publisher());
  }

  @Test
  void authorBylineIsRecognised() {
    ArticleStructure s = ANALYZER.analyze(article("بقلم: سامر الخطيب", P1, P2));
    assertEquals(LineRole.BYLINE, role(s, 1));
    assertEquals("بقلم: سامر الخطيب", s.byline());
  }

  @Test
  void publisherFromUrlDomainWithEvidence() {
    ArticleStructure s = ANALYZER.analyze(article("https://www.alarabiya.net/ar/x.html", ArticleMetadata.EMPTY, List.of(),
        P1, P2));
    assertNotNull(s.publisher());
    assertEquals("alarabiya", s.publisher().id());
    assertTrue(s.publisher().evidence().get(0).startsWith("URL domain"));
  }

  @Test
  void unregisteredSiteNameIsKeptWithoutId() {
    ArticleMetadata meta = new ArticleMetadata(null, null, null, "نشرة الحي الصغيرة", null, null, Map.of());
    ArticleStructure s = ANALYZER.analyze(article(null, meta, List.of(), P1));
    assertEquals("نشرة الحي الصغيرة", s.publisher().name());
    assertNull(s.publisher().id());
  }

  @Test
  void selfReferenceNamesThePublisher() {
    ArticleStructure s = ANALYZER.analyze(article(
        "وقال مصدر محلي لمراسل عنب بلدي إن الأهالي بدأوا العودة إلى منازلهم بعد توقف القصف على البلدة.", P2));
    assertEquals("enab-baladi", s.publisher().id());
  }

  @Test
  void oneWordOutletNameAfterLamIsACommonNounNotASelfReference() {
    // "للمدينة" is "to the city" far more often than "to Al Madina (the newspaper)"
    ArticleStructure s = ANALYZER.analyze(article(
        "وعاد آلاف النازحين للمدينة بعد توقف القصف، وقال مسؤول محلي إن الخدمات الأساسية ستعود خلال أيام.", P2));
    assertNull(s.publisher());
  }

  @Test
  void multiWordOutletNameAfterLamIsASelfReference() {
    ArticleStructure s = ANALYZER.analyze(article(
        "وقالت مصادر محلية للمرصد السوري لحقوق الإنسان إن الاشتباكات تجددت ليلا في محيط البلدة الشرقية.", P2));
    assertEquals("sohr", s.publisher().id());
  }

  @Test
  void agencyCitedInTextIsNotThePublisher() {
    ArticleStructure s = ANALYZER.analyze(article(
        "وقال مسؤول عسكري لوكالة رويترز إن القوات تقدمت في المنطقة خلال الليل بعد معارك عنيفة.", P2));
    assertNull(s.publisher());
  }

  @Test
  void bylineNamingAnOutletNamesThePublisher() {
    ArticleStructure s = ANALYZER.analyze(article("| عنب بلدي", P1, P2));
    assertEquals("enab-baladi", s.publisher().id());
  }

  @Test
  void agencyInBylineIsOnlyTheWire() {
    assertNull(ANALYZER.analyze(article("المصدر: رويترز", P1, P2)).publisher());
  }

  @Test
  void unknownPublisherStaysNull() {
    assertNull(ANALYZER.analyze(article(P1, P2)).publisher());
  }

  @Test
  void linkHeavyNavigationLineIsBoilerplate() {
    List<LineMarkup> markup = List.of(
        new LineMarkup("ul", "body>div.menu>ul", 1.0),
        new LineMarkup("p", "body>article>p", 0.0),
        new LineMarkup("p", "body>article>p", 0.0));
    ArticleStructure s = ANALYZER.analyze(article(null, ArticleMetadata.EMPTY, markup,
        "المحافظات الكبرى والمدن الساحلية والأرياف", P1, P2));
    assertEquals(LineRole.BOILERPLATE, role(s, 1));
    assertEquals(LineRole.CONTENT, role(s, 2));
  }

  @Test
  void templateLineOfTheOutletIsBoilerplate() {
    String footer = "صحيفة يومية مستقلة تصدر عن مؤسسة النور للطباعة والنشر";
    TemplateIndex.Builder b = TemplateIndex.builder();
    for (int i = 0; i < 10; i++) {
      b.add(new RawArticle("a" + i, new SourceRef("a.txt", "https://example.org/a/" + i, "txt"),
          List.of("خبر رقم " + i + " عن موضوع مختلف تماما في المدينة.", footer), List.of(), null));
    }
    StructureAnalyzer withTemplates = StructureAnalyzer.withTemplates(b.build());
    RawArticle a = article("https://example.org/a/99", ArticleMetadata.EMPTY, List.of(), P1, footer, P2);
    assertEquals(LineRole.BOILERPLATE, role(withTemplates.analyze(a), 2));
    assertNotEquals(LineRole.BOILERPLATE, role(ANALYZER.analyze(a), 2));
  }

  @Test
  void hugeSingleLineIsHandledWithoutError() {
    StringBuilder sb = new StringBuilder(50 * 1024 * 1024 + 100);
    while (sb.length() < 50 * 1024 * 1024) {
      sb.append("كلمة أخرى في سطر طويل جدا، ");
    }
    String huge = sb.toString();
    ArticleStructure s = ANALYZER.analyze(article(huge));
    assertEquals(1, s.lines().size());
    assertTrue(s.flags().contains("long_line_truncated_analysis"));
  }

  @Test
  void manyShortLinesAreHandled() {
    String[] lines = new String[100_000];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = (i % 3 == 0) ? "" : "سطر " + i;
    }
    assertEquals(lines.length, ANALYZER.analyze(article(lines)).lines().size());
  }

  @Test
  void randomAndHostileInputNeverThrows() {
    Random r = new Random(42);
    String[] fragments = {"\u0000", "\uFEFF", "\u200F", "\uD800", "\uDC00", "😀", "|", "-", "المصدر:", "(at)", "@",
        "جميع الحقوق محفوظة", "\t", "ـــ", "ً", "<a>", "http://", "...", "؟", "لـ«", "»"};
    for (int round = 0; round < 300; round++) {
      List<String> lines = new ArrayList<>();
      int n = r.nextInt(12);
      for (int i = 0; i < n; i++) {
        StringBuilder sb = new StringBuilder();
        int parts = r.nextInt(20);
        for (int k = 0; k < parts; k++) {
          if (r.nextBoolean()) {
            sb.append(fragments[r.nextInt(fragments.length)]);
          } else {
            sb.append((char) r.nextInt(0x10000));
          }
          if (r.nextInt(4) == 0) {
            sb.append(' ');
          }
        }
        lines.add(sb.toString());
      }
      RawArticle a = new RawArticle("r" + round, new SourceRef("r", r.nextBoolean() ? "::bad url" : null, "txt"),
          lines, List.of(), null);
      ArticleStructure s = ANALYZER.analyze(a);
      assertEquals(lines.size(), s.lines().size());
    }
  }

  @Test
  void reanalysingTheBodyKeepsIt() {
    // Idempotence: the clean body, analysed again, is all content and comes back unchanged.
    ArticleStructure first = ANALYZER.analyze(article("سياسة", "", "عنوان قصير للخبر", "", P1, "", P2, "",
        "تابعونا على تويتر", "جميع الحقوق محفوظة"));
    ArticleStructure second = ANALYZER.analyze(article(first.body().split("\n", -1)));
    assertEquals(first.body(), second.body());
  }

  @Test
  void copyrightNoticeReadAsASentenceUnderTheArticleIsBoilerplate() {
    List<String> lines = new ArrayList<>(List.of(ROAD_STORY));
    lines.add("منبر مستقل يسعى إلى إيصال صوت قرائه ( c ) 2019 جميع الحقوق محفوظة تحت رخصة المشاع الإبداعي .");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, ROAD_STORY.length, LineRole.CONTENT);
    assertEquals(LineRole.BOILERPLATE, role(s, lines.size()));
  }

  @Test
  void feedItemsWithRelativeTimeStampsUnderTheArticleAreBoilerplate() {
    List<String> lines = new ArrayList<>(List.of(ROAD_STORY));
    lines.add("تويتر 16 ساعات منذ خرج المئات في مظاهرة وسط العاصمة للمطالبة برفع الأجور وتحسين الخدمات .");
    lines.add("فيسبوك منذ 3 أيام افتتاح معرض للفنون التشكيلية بمشاركة عشرين فنانا من الشباب .");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, ROAD_STORY.length, LineRole.CONTENT);
    assertEquals(LineRole.BOILERPLATE, role(s, lines.size() - 1));
    assertEquals(LineRole.BOILERPLATE, role(s, lines.size()));
  }

  @Test
  void closingBackgroundParagraphAboveACopyrightFooterStaysContent() {
    List<String> lines = new ArrayList<>(List.of(ROAD_STORY));
    // Shares few words with the story, but ends as a sentence: an article's closing paragraph, not a cut teaser.
    lines.add("ي ذكر أن المدينة تضم أكثر من ثلاثة ملايين نسمة ويعد مرفؤها من أقدم موانئ المنطقة التجارية .");
    lines.add("روابط ذات صلة تابعونا على تويتر جميع الحقوق محفوظة 2018");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, ROAD_STORY.length + 1, LineRole.CONTENT);
    assertEquals(LineRole.BOILERPLATE, role(s, lines.size()));
  }

  @Test
  void greetingOfTheSitesTeamNamingTheOutletIsBoilerplate() {
    List<String> lines = new ArrayList<>(List.of(ROAD_STORY));
    lines.add("مع تحيات أسرة موقع الجزيرة نت , تابعونا على مواقع التواصل الاجتماعي ليصلكم جديد الأخبار دائما .");
    ArticleStructure s = ANALYZER.analyze(article("https://www.aljazeera.net/news/1", ArticleMetadata.EMPTY,
        List.of(), lines.toArray(String[]::new)));
    assertRoles(s, 1, ROAD_STORY.length, LineRole.CONTENT);
    assertEquals(LineRole.BOILERPLATE, role(s, lines.size()));
  }

  @Test
  void siteNameFeatureMarksLinesNamingThePagesOutlet() {
    List<String> lines = new ArrayList<>(List.of(ROAD_STORY));
    lines.add("تابعوا آخر الأخبار على الجزيرة نت | جميع الحقوق محفوظة");
    Map<Integer, double[]> f = StructureAnalyzer.boilerplateFeatures(article("https://www.aljazeera.net/news/1",
        ArticleMetadata.EMPTY, List.of(), lines.toArray(String[]::new)));
    int names = BoilerplateModel.FEATURES.indexOf("names_outlet");
    assertEquals(1.0, f.get(lines.size())[names]);
    assertEquals(0.0, f.get(1)[names]);
  }

  @Test
  void domainLabelIsTheRegistrableNameOfTheHost() {
    assertEquals("nashwannews", OutletNames.domainLabel("https://nashwannews.com/101398"));
    assertEquals("aliwaa", OutletNames.domainLabel("http://aliwaa.com.lb/x/y"));
    assertEquals("christian-dogma", OutletNames.domainLabel("https://www.christian-dogma.com/t1"));
    assertNull(OutletNames.domainLabel("not a url"));
    assertNull(OutletNames.domainLabel(null));
  }

  /** Teasers of other stories, each a headline, a lead and the next sentence cut off with dots (a section page). */
  private static final String[] CUT_LISTING = {
      "أخبار محلية - الصفحة 3 افتتاح مهرجان الكتاب في العاصمة بمشاركة مئتي دار نشر من عشرين بلدا عربيا .",
      "وقال مدير المهرجان إن الدورة الحالية تشهد إقبالا . . . القاهرة - وكالات ارتفعت أسعار الخبز في الأسواق "
          + "المحلية بنسبة عشرة في المئة اعتبارا من الشهر المقبل .",
      "وأوضحت وزارة التجارة أن الزيادة تشمل الأفران . . . بغداد - وكالات فاز المنتخب الوطني على ضيفه في مباراة "
          + "ودية أقيمت مساء أمس على الملعب الأولمبي .",
      "وقال مدرب المنتخب إن اللاعبين أظهروا روحا عالية . . . دمشق - وكالات أعلنت مديرية الأرصاد الجوية عن "
          + "منخفض جوي يضرب البلاد نهاية الأسبوع .",
      "وتوقعت المديرية هطول أمطار غزيرة على المناطق . . . عمان - وكالات بدأت الجامعات الحكومية استقبال طلبات "
          + "القبول للعام الدراسي الجديد .",
      "وأشارت وزارة التعليم إلى أن المقاعد المتاحة . . ."};

  @Test
  void listingOfCutTeasersIsBoilerplate() {
    ArticleStructure s = ANALYZER.analyze(article(CUT_LISTING));
    assertRoles(s, 1, CUT_LISTING.length, LineRole.BOILERPLATE);
  }

  @Test
  void quotedPausesOnEveryLineStayContent() {
    // A speaker's pauses ("…") inside quotations that close on the same line: prose, not teaser cuts.
    String[] lines = {
        P1,
        "وقال المسؤول : \" الطريق أعيد فتحه … والجسر صار آمنا للسيارات والشاحنات الثقيلة من جديد \" .",
        "وأضاف : \" نعمل ليلا ونهارا … ولن نسمح بإغلاق الطريق مرة أخرى مهما كانت الظروف الجوية \" .",
        "وتابع : \" المواطنون صبروا كثيرا … ونشكرهم على تحملهم أيام الإغلاق الطويلة الماضية \" .",
        "وختم : \" البلدية ستواصل العمل … حتى تنتهي كل أعمال الصيانة في المدينة قريبا \" ."};
    ArticleStructure s = ANALYZER.analyze(article(lines));
    assertRoles(s, 1, lines.length, LineRole.CONTENT);
  }

  @Test
  void headerLineOfHeadlineSiteAndCaptionIsBoilerplate() {
    List<String> lines = new ArrayList<>();
    lines.add("إعادة فتح الطريق الرئيسي بعد إصلاح الجسر | جريدة المدينة الأحد 21 يناير 2018 إعادة فتح الطريق "
        + "الرئيسي بعد إصلاح الجسر صورة أرشيفية .");
    lines.addAll(List.of(ROAD_STORY));
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertEquals(LineRole.BOILERPLATE, role(s, 1));
    assertRoles(s, 2, lines.size(), LineRole.CONTENT);
  }

  @Test
  void headerLineGluedToTheLeadStaysContent() {
    List<String> lines = new ArrayList<>();
    lines.add("إعادة فتح الطريق الرئيسي بعد إصلاح الجسر | جريدة المدينة إعادة فتح الطريق الرئيسي بعد إصلاح الجسر "
        + "أعلنت السلطات المحلية إعادة فتح الطريق الرئيسي أمام السيارات صباح اليوم بعد انتهاء إصلاح الجسر المتضرر .");
    lines.addAll(List.of(ROAD_STORY));
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, lines.size(), LineRole.CONTENT);
  }

  private static final String[] LONGER_ROAD_STORY = {
      P1,
      P2,
      "وأشار المسؤول إلى أن أعمال الصيانة شملت تدعيم أعمدة الجسر وتبديل الإنارة على طول الطريق الرئيسي.",
      "كما دعت البلدية السائقين إلى الالتزام بالسرعة المحددة قرب الجسر خلال الأسابيع المقبلة.",
      "وكانت الأمطار الغزيرة قد تسببت في انهيار جزء من الجسر وإغلاق الطريق أمام السيارات.",
      "وقال سائقون إن إغلاق الطريق الرئيسي أجبرهم على سلوك طرق فرعية أطول لساعات، وإن فتح الجسر خفف الزحام.",
      "وأكدت البلدية أن فرق الصيانة ستواصل مراقبة الجسر والطريق خلال موسم الأمطار لتفادي إغلاق جديد."};

  private static final String OFF_TOPIC = "الانتخابات البرلمانية المقبلة تشهد تنافسا حادا بين الأحزاب على مقاعد "
      + "العاصمة والأقاليم الشمالية وسط توقعات بمشاركة واسعة .";

  @Test
  void offTopicLineWithADateStampAtThePagesEndIsBoilerplate() {
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add("12 / 03 / 2024 " + OFF_TOPIC);
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, lines.size() - 1, LineRole.CONTENT);
    assertEquals(LineRole.BOILERPLATE, role(s, lines.size()));
  }

  @Test
  void offTopicClosingParagraphWithoutADebrisShapeStaysContent() {
    // Low cohesion alone does not decide: clean articles close on background paragraphs about other things.
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add(OFF_TOPIC);
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, lines.size(), LineRole.CONTENT);
  }

  @Test
  void datedLineOnTheStorysOwnTopicStaysContent() {
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add("وفي 12 / 03 / 2024 أعلنت البلدية إغلاق الطريق الرئيسي والجسر أمام السيارات بسبب الأمطار الغزيرة .");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, lines.size(), LineRole.CONTENT);
  }

  // ---------------------------------------------------------------- sixth round: page-level passes

  @Test
  void blogPostWithTheWritersOwnDotsOnManyLinesStaysContent() {
    // A writer's ". . ." pauses fall at any distance (a CMS listing cuts each excerpt at the same length).
    String[] lines = {
        "لا أحد ينكر أن المقاهي الشعبية في المدينة القديمة صارت جزءا من حياة الناس اليومية . . . فهي ملتقى "
            + "العمال والطلبة والمتقاعدين .",
        "قرر المجلس البلدي إغلاق عشرة مقاه دفعة واحدة . . . حيث وجد أصحابها أنفسهم بلا مورد رزق بعد سنوات من "
            + "العمل الشاق والديون المتراكمة لدى البنوك المحلية والموردين الذين ينتظرون أموالهم منذ أشهر طويلة "
            + "دون أن يجدوا من يستمع إلى شكواهم في أروقة الإدارة .",
        "ثم عن أي قانون يتحدثون . . . المقاهي المغلقة بعيدة عن المدارس والمساجد .",
        "كان حريا بالمجلس أن يتوخى الحكمة وأن يفكر في العائلات التي تعيش من هذه المقاهي وأن يمنح أصحابها مهلة "
            + "لتسوية أوضاعهم الإدارية بدل الإغلاق الفوري الذي لم يترك لهم أي فرصة . . . لننتظر ما سيقرره "
            + "المجلس في جلسته المقبلة .",
        "المؤكد أن عددا من أعضاء المجلس عبروا عن رفضهم لهذا القرار المتسرع . . . مسألة جديرة بالبحث والتدقيق "
            + "والمتابعة من الجميع ."};
    ArticleStructure s = ANALYZER.analyze(article(lines));
    assertRoles(s, 1, lines.length, LineRole.CONTENT);
  }

  @Test
  void outletsSelfDescriptionUnderTheArticleIsBoilerplate() {
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add("شبكة النهار نيوز موقع إخباري مستقل يسعى إلى تقديم المعلومة الدقيقة لقرائه على مدار الساعة .");
    lines.add("ويضم فريقا من المراسلين الشباب في مختلف المحافظات ويصدر نشرة أسبوعية .");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, LONGER_ROAD_STORY.length, LineRole.CONTENT);
    assertEquals(LineRole.BOILERPLATE, role(s, lines.size() - 1));
    assertEquals(LineRole.BOILERPLATE, role(s, lines.size()));
  }

  @Test
  void closingParagraphOfAStoryAboutANewsSiteStaysContent() {
    String[] lines = {
        "أطلق صحفيون من المدينة موقعا إخباريا جديدا يغطي أخبار البلديات والطرق والخدمات العامة في المحافظة .",
        "وقال مؤسسو الموقع إن فكرته ولدت بعد إغلاق الصحيفة المحلية الوحيدة في المحافظة قبل عامين .",
        "وأضافوا أن الموقع يعتمد على مراسلين متطوعين في البلديات ويتلقى شكاوى السكان عن الطرق والخدمات .",
        "وأوضح أحد المؤسسين أن الموقع سيبقى مجانيا وأن تمويله يأتي من إعلانات المحال التجارية في المدينة .",
        "ويقول المؤسسون إن موقعهم موقع إخباري مستقل يسعى إلى تغطية أخبار المحافظة وبلدياتها على مدار الساعة ."};
    ArticleStructure s = ANALYZER.analyze(article(lines));
    assertRoles(s, 1, lines.length, LineRole.CONTENT);
  }

  private static final String GALLERY = "فيضانات الشتاء تضرب المدن الساحلية";

  @Test
  void galleryOfAnotherStoryUnderTheArticleIsBoilerplate() {
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add("( صور ) " + GALLERY + " غمرت المياه شوارع المدينة الساحلية بعد أمطار استمرت ثلاثة أيام متواصلة .");
    lines.add(GALLERY + " أجلت فرق الدفاع المدني مئات العائلات من الأحياء المنخفضة .");
    lines.add("وتضررت عشرات المنازل والمحال التجارية .");
    lines.add(GALLERY + " انقطعت الكهرباء عن معظم القرى الجبلية لساعات طويلة .");
    lines.add(GALLERY + " أعلنت الحكومة حالة الطوارئ في ثلاث محافظات ساحلية .");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, LONGER_ROAD_STORY.length, LineRole.CONTENT);
    assertRoles(s, LONGER_ROAD_STORY.length + 1, lines.size(), LineRole.BOILERPLATE);
  }

  private static void assertAllContent(List<String> lines) {
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, lines.size(), LineRole.CONTENT);
  }

  @Test
  void parallelParagraphsOpeningWithWaStayContent() {
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    for (String place : List.of("الجسر الشمالي", "النفق الغربي", "الطريق الساحلي")) {
      lines.add("وأضاف أنه وعلى ضوء ذلك قررت البلدية إعادة فتح " + place + " أمام السيارات بعد فحص سلامته .");
    }
    assertAllContent(lines);
  }

  @Test
  void transcriptTurnsOfOneSpeakerStayContent() {
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add("المذيعة سلمى حداد : طيب سؤالي عن الجسر متى يعود إلى العمل بشكل كامل ?");
    lines.add("المهندس كريم يوسف : خلال أسبوعين إذا سمح الطقس بإكمال الأعمال .");
    lines.add("المذيعة سلمى حداد : طيب سؤالي الثاني عن كلفة الإصلاحات على البلدية ?");
    lines.add("المذيعة سلمى حداد : طيب سؤالي الأخير عن إغلاق الطريق في الشتاء المقبل ?");
    assertAllContent(lines);
  }

  @Test
  void stepsOfAHowToOpeningWithTheSameWordsStayContent() {
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add("• اتجه إلى تطبيق الخرائط على هاتفك واختر الطريق الرئيسي .");
    lines.add("• اتجه إلى تطبيق الخرائط على هاتفك واختر الجسر .");
    lines.add("• اتجه إلى تطبيق الخرائط على هاتفك وفعل التنبيهات .");
    assertAllContent(lines);
  }

  @Test
  void shortHeadlineEndingWithAnExclamationMarkIsTheTitle() {
    List<String> lines = new ArrayList<>();
    lines.add("الجسر يعود إلى العمل بعد يومين من الإغلاق !");
    lines.addAll(List.of(ROAD_STORY));
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertEquals(LineRole.TITLE, role(s, 1));
    assertEquals("الجسر يعود إلى العمل بعد يومين من الإغلاق !", s.title());
  }

  @Test
  void exclamatoryLeadContinuedByAWaParagraphStaysContent() {
    String[] lines = {
        "انتهت الأمطار وبدأ السكان يعودون إلى بيوتهم بعد أيام حبست فيها الأنفاس !",
        "وقد قدرت البلدية أن نحو ألفي عائلة غادرت الأحياء المنخفضة خلال العاصفة وأن معظمها عاد أمس .",
        P1,
        P2};
    ArticleStructure s = ANALYZER.analyze(article(lines));
    assertEquals(LineRole.CONTENT, role(s, 1));
    assertNull(s.title());
  }

  // ---------------------------------------------------------------- eighth round: top notices, echoed headers,
  // dated listings, channel self-descriptions (invented pages)

  private static final String[] POLICY_NOTICES = {
      "تنشر التعليقات بعد مراجعة التعليقات من فريق التحرير , ولا ينشر ما يخالف شروط النشر .",
      "يمنع نشر التعليقات التي تحتوي على كلمات بذيئة أو أسماء مستعارة أو إساءة للأديان .",
      "يحق للموقع حذف أي تعليق دون إبداء الأسباب .",
      "يستخدم الموقع ملفات تعريف الارتباط لتحسين تجربة التصفح وعرض إعلانات تناسب اهتماماتك ."};

  @Test
  void siteNoticesAboveTheArticleAreBoilerplate() {
    List<String> lines = new ArrayList<>(List.of(POLICY_NOTICES));
    lines.addAll(List.of(LONGER_ROAD_STORY));
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, POLICY_NOTICES.length, LineRole.BOILERPLATE);
    assertRoles(s, POLICY_NOTICES.length + 1, lines.size(), LineRole.CONTENT);
  }

  @Test
  void triviaBoxAboveTheArticleIsBoilerplate() {
    List<String> lines = new ArrayList<>();
    lines.add("الموسوعة الحرة تصفح بحث هل تعلم ? أن الزرافة تنام أقل من ساعتين في اليوم .");
    lines.add("أن أعمق نقطة في المحيطات تقع في المحيط الهادئ .");
    lines.add("أن بعض أنواع السلاحف تعيش أكثر من مئة وخمسين عاما .");
    lines.add("أن ضوء الشمس يصل إلى الأرض في نحو ثماني دقائق .");
    int box = lines.size();
    lines.addAll(List.of(LONGER_ROAD_STORY));
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, box, LineRole.BOILERPLATE);
    assertRoles(s, box + 1, lines.size(), LineRole.CONTENT);
  }

  @Test
  void didYouKnowInsideTheLeadStaysContent() {
    List<String> lines = new ArrayList<>();
    lines.add("يجرب كثيرون الحميات الغذائية منذ سنوات . ولكن هل تعلم أن توقيت الوجبات مهم أيضا كما يقول الأطباء .");
    lines.add("ويعمل طبيب في إحدى المدن الصغيرة على برنامج يساعد مرضاه على تنظيم أوقات وجباتهم .");
    lines.add("لكن الطبيب يواجه صعوبات كثيرة في منطقة ترتفع فيها معدلات البطالة والسمنة .");
    lines.addAll(List.of(LONGER_ROAD_STORY));
    assertAllContent(lines);
  }

  private static final String HEADLINE = "البلدية تعيد فتح الطريق الرئيسي بعد إصلاح الجسر المتضرر";

  @Test
  void headerLineRepeatingTheHeadlineWithTheSitesGreetingIsBoilerplate() {
    List<String> lines = new ArrayList<>();
    lines.add(HEADLINE + " " + HEADLINE + " " + HEADLINE + " , متابعينا الأعزاء يسعدنا أن نقدم لكم محتوى مميزا "
        + "ينال رضاكم ونعرض لكم خبر اليوم من مصادره بكل أمانة ونتمنى لكم قراءة ممتعة مع تحيات فريق التحرير .");
    lines.addAll(List.of(LONGER_ROAD_STORY));
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertEquals(LineRole.BOILERPLATE, role(s, 1));
    assertRoles(s, 2, lines.size(), LineRole.CONTENT);
  }

  @Test
  void repeatedHeadlineGluedToTheLeadStaysContent() {
    List<String> lines = new ArrayList<>();
    lines.add(HEADLINE + " " + HEADLINE + " قالت السلطات المحلية إن الطريق الرئيسي أعيد فتحه أمام السيارات صباح "
        + "اليوم بعد إغلاق دام يومين بسبب انهيار جزء من الجسر . وقال سائقون : \" أخيرا \" .");
    lines.addAll(List.of(LONGER_ROAD_STORY).subList(1, LONGER_ROAD_STORY.length));
    assertAllContent(lines);
  }

  @Test
  void listingOfDatedTeasersWithARepeatedLabelIsBoilerplate() {
    String[] lines = {
        "12 / 03 / 2019 بقلم عدد القراءات : 1520 أعلنت وزارة الصحة عن حملة تطعيم جديدة في المدارس الحكومية تشمل الأطفال دون العاشرة في كل المحافظات .",
        "11 / 03 / 2019 بقلم عدد القراءات : 980 قررت الحكومة رفع أسعار الوقود ابتداء من الشهر المقبل بعد أشهر من النقاش في البرلمان .",
        "وأضاف المتحدث أن القرار يأتي في إطار إصلاحات اقتصادية شاملة 10 / 03 / 2019 بقلم 2210 عدد القراءات",
        "09 / 03 / 2019 بقلم عدد القراءات : 3105 فاز المنتخب الوطني على ضيفه في مباراة ودية أقيمت على الملعب الأولمبي في العاصمة ."};
    ArticleStructure s = ANALYZER.analyze(article(lines));
    assertRoles(s, 1, lines.length, LineRole.BOILERPLATE);
  }

  @Test
  void chronologyOfDatedEventsStaysContent() {
    assertAllContent(List.of(
        "12 / 03 / 2019 - أعلنت وزارة الصحة عن حملة تطعيم جديدة في المدارس الحكومية .",
        "14 / 04 / 2019 - قررت الحكومة رفع أسعار الوقود ابتداء من الشهر المقبل .",
        "02 / 06 / 2019 - فاز المنتخب الوطني على ضيفه في مباراة ودية أقيمت في العاصمة .",
        "19 / 09 / 2019 - افتتح الرئيس الجسر الجديد فوق النهر بعد ثلاث سنوات من العمل ."));
  }

  @Test
  void channelDescribingItselfUnderTheArticleIsBoilerplate() {
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add("الأفق قناة إخبارية مستقلة تهدف إلى نشر ثقافة الحوار وتغطي أخبار المنطقة بكل مصداقية .");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertRoles(s, 1, LONGER_ROAD_STORY.length, LineRole.CONTENT);
    assertEquals(LineRole.BOILERPLATE, role(s, lines.size()));
  }

  @Test
  void listingOfNewsItemsWithTheSameDatelineLabelIsBoilerplate() {
    String[] lines = {
        "الهلال الأحمر يوزع الأغطية على النازحين المدينة - نشرة الأفق - وزعت جمعية الهلال الأحمر ألفي غطاء على العائلات النازحة في المخيمات .",
        "افتتاح مدرسة جديدة في القرية الجبلية القرية - نشرة الأفق - افتتحت مديرية التربية مدرسة ابتدائية تتسع لثلاثمئة تلميذ .",
        "قافلة طبية تصل إلى البلدات الحدودية البلدة - نشرة الأفق - وصلت قافلة طبية تضم عشرين طبيبا إلى البلدات الحدودية لعلاج المرضى .",
        "حملة لتنظيف ضفاف النهر الضفة - نشرة الأفق - شارك مئات المتطوعين في حملة لتنظيف ضفاف النهر من النفايات ."};
    ArticleStructure s = ANALYZER.analyze(article(lines));
    assertRoles(s, 1, lines.length, LineRole.BOILERPLATE);
  }

  @Test
  void compilationOfTwoWireReportsStaysContent() {
    List<String> lines = new ArrayList<>();
    lines.add("العاصمة - وكالة الأنباء - قالت السلطات المحلية إن الطريق الرئيسي أعيد فتحه أمام السيارات صباح اليوم .");
    lines.addAll(List.of(LONGER_ROAD_STORY).subList(1, 4));
    lines.add("المدينة - وكالة الأنباء - أعلنت البلدية أن الجسر الثاني سيفتح الأسبوع المقبل بعد انتهاء أعمال الصيانة .");
    lines.addAll(List.of(LONGER_ROAD_STORY).subList(4, LONGER_ROAD_STORY.length));
    assertAllContent(lines);
  }

  @Test
  void feedOfOtherStoriesAboveTheArticleIsBoilerplate() {
    List<String> lines = new ArrayList<>();
    lines.add("منذ 3 ساعات فوز كبير لفريق العاصمة في الدوري منذ 5 ساعات ارتفاع أسعار الذهب في الأسواق منذ 6 ساعات "
        + "مهرجان الأفلام القصيرة يفتتح دورته الجديدة");
    lines.addAll(List.of(LONGER_ROAD_STORY));
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertEquals(LineRole.BOILERPLATE, role(s, 1));
    assertRoles(s, 2, lines.size(), LineRole.CONTENT);
  }

  @Test
  void leadGluedAfterAFeedAboveTheArticleStaysContent() {
    List<String> lines = new ArrayList<>();
    lines.add("منذ 3 ساعات فوز كبير لفريق العاصمة منذ 5 ساعات ارتفاع أسعار الذهب قالت السلطات المحلية إن الطريق "
        + "الرئيسي أعيد فتحه أمام السيارات صباح اليوم بعد إغلاق الجسر المتضرر يومين بسبب الأمطار .");
    lines.addAll(List.of(LONGER_ROAD_STORY).subList(1, LONGER_ROAD_STORY.length));
    assertAllContent(lines);
  }

  @Test
  void shortLeadSentenceAfterARepeatedHeadlineStaysContent() {
    List<String> lines = new ArrayList<>();
    lines.add("\" " + HEADLINE + " \" عاجل : \" " + HEADLINE + " \" \" " + HEADLINE + " \" عاد الجسر المتضرر إلى العمل .");
    lines.addAll(List.of(LONGER_ROAD_STORY));
    assertAllContent(lines);
  }

  @Test
  void pollWidgetBetweenParagraphsIsBoilerplate() {
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add(4, "هل تؤيد رفع أسعار تذاكر الملاعب في الموسم المقبل ? نعم لا جاري التحميل . . .");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertEquals(LineRole.BOILERPLATE, role(s, 5));
    for (int i = 1; i <= lines.size(); i++) {
      assertEquals(i == 5 ? LineRole.BOILERPLATE : LineRole.CONTENT, role(s, i), "line " + i);
    }
  }

  @Test
  void pollTitledLineWithItsQuestionAndOptionsIsBoilerplate() {
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add(3, "استطلاع ما هو رأيكم في مستوى الخدمات الصحية في المدن الكبرى ? جيد متوسط ضعيف");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertEquals(LineRole.BOILERPLATE, role(s, 4));
  }

  @Test
  void closingParagraphGluedBeforeAPollStaysContent() {
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add("وأوضحت البلدية أن فرق الصيانة أنهت إصلاح الجسر المتضرر وأعادت فتح الطريق الرئيسي أمام السيارات بعد "
        + "إغلاقه بسبب الأمطار . هل تؤيد رفع أسعار تذاكر الملاعب ? نعم لا جاري التحميل . . .");
    assertAllContent(lines);
  }

  @Test
  void tickerOfExclaimedHeadlinesAboveTheArticleIsBoilerplate() {
    List<String> lines = new ArrayList<>();
    lines.add("نجمة السينما تفاجئ جمهورها بفستان غريب في حفل الافتتاح !");
    lines.add("مدرب المنتخب يكشف سر الهزيمة الثقيلة أمام الضيوف !");
    lines.addAll(List.of(LONGER_ROAD_STORY));
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertEquals(LineRole.BOILERPLATE, role(s, 1));
    assertEquals(LineRole.BOILERPLATE, role(s, 2));
    assertRoles(s, 3, lines.size(), LineRole.CONTENT);
  }

  @Test
  void oneLeadEndingOnAnExclamationMarkIsNotBoilerplate() {
    List<String> lines = new ArrayList<>();
    lines.add("انتهت كأس العالم وبدأ السياح يغادرون البلاد بعد مباريات حاسمة حبست فيها الأنفاس !");
    lines.addAll(List.of(LONGER_ROAD_STORY));
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertNotEquals(LineRole.BOILERPLATE, role(s, 1));
  }

  @Test
  void thePagesUpdateStampAloneOnALineIsBoilerplate() {
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add(1, "08 : 41 صباحا - آخر تعديل في الثلاثاء 21 تشرين الثاني / نوفمبر 2017 .");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertEquals(LineRole.BOILERPLATE, role(s, 2));
  }

  @Test
  void twoDateStampsOnAPageAreNotTakenForThePagesOwnStamp() {
    // a page with several stamp-like lines is a chronology or a digest, whose dated items head the text
    List<String> lines = new ArrayList<>(List.of(LONGER_ROAD_STORY));
    lines.add(1, "آخر تعديل في الثلاثاء 21 تشرين الثاني / نوفمبر 2017 .");
    lines.add(4, "آخر تعديل في الأربعاء 22 تشرين الثاني / نوفمبر 2017 .");
    ArticleStructure s = ANALYZER.analyze(article(lines.toArray(String[]::new)));
    assertNotEquals(LineRole.BOILERPLATE, role(s, 2));
    assertNotEquals(LineRole.BOILERPLATE, role(s, 5));
  }

  @Test
  void leadGluedAfterTheHeadlinesRepeatStaysContentWhenItsLastSentenceBringsNewNames() {
    List<String> lines = new ArrayList<>();
    lines.add(HEADLINE + " | موقع الأنباء " + HEADLINE + " أعادت البلدية فتح الطريق الرئيسي أمام السيارات صباح اليوم "
        + "بعد إصلاح الجسر المتضرر الذي أغلقته الأمطار الغزيرة . وقالت البلدية إن فرق الصيانة أنهت تدعيم أعمدة الجسر "
        + "وإن السائقين سيعودون إلى الطريق . ورحب سمير حداد بالخطوة .");
    lines.addAll(List.of(LONGER_ROAD_STORY).subList(2, LONGER_ROAD_STORY.length));
    assertAllContent(lines);
  }
}
