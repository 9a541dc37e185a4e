package org.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.corpus.Articles.article;

import java.util.List;
import java.util.Optional;
import org.khabar.model.Article;
import org.khabar.model.CorpusReport;
import org.khabar.model.EntityType;
import org.khabar.model.Stance;
import org.junit.jupiter.api.Test;

/** Near-duplicates, events, storylines, timeline and actors of the standard corpus analyser (issue #9). */
class CorpusAnalyzerTest {
  static final String FLOOD = "غمرت السيول أحياء واسعة في مدينة البصرة بعد أمطار غزيرة استمرت عشر ساعات متواصلة، "
      + "وأعلن الدفاع المدني إجلاء مئات العائلات من المناطق المنخفضة قرب شط العرب إلى مدارس حكومية. "
      + "وقال مدير الدفاع المدني في المحافظة إن فرق الإنقاذ انتشلت ثلاثة أطفال من منزل انهار سقفه بفعل المياه، "
      + "وإن شبكات تصريف الأمطار القديمة عجزت عن استيعاب كميات المياه الكبيرة. وطالب سكان الأحياء المتضررة "
      + "الحكومة المحلية بتعويضات عاجلة عن خسائرهم في المنازل والمحال التجارية والسيارات التي جرفتها السيول.";
  static final String FLOOD_2 = "أجلت فرق الدفاع المدني في البصرة مئات العائلات بعد أن غمرت مياه السيول أحياء "
      + "المدينة المنخفضة إثر أمطار غزيرة، وانهار سقف منزل على ثلاثة أطفال أنقذتهم فرق الإنقاذ. وعجزت شبكات تصريف "
      + "الأمطار عن استيعاب المياه، فيما طالب السكان المتضررون بتعويضات عن المنازل والمحال والسيارات.";
  static final String ELECTION = "أعلنت الهيئة العليا المستقلة للانتخابات في تونس النتائج الأولية للانتخابات "
      + "البلدية، وحصلت القوائم المستقلة على أكبر عدد من المقاعد في المجالس البلدية، تلتها حركة النهضة ثم حزب نداء "
      + "تونس. وبلغت نسبة المشاركة أقل من أربعين في المئة، وهي نسبة اعتبرها مراقبون ضعيفة تعكس عزوف الشباب عن "
      + "الاقتراع. وقال رئيس الهيئة إن الطعون في النتائج تقدم أمام المحكمة الإدارية خلال ثلاثة أيام.";
  static final String OIL = "ارتفعت أسعار النفط في الأسواق العالمية بعد أن قررت منظمة أوبك وحلفاؤها تمديد خفض "
      + "الإنتاج حتى نهاية العام، وصعد سعر خام برنت فوق سبعين دولارا للبرميل للمرة الأولى منذ أشهر. ويرى محللون أن "
      + "تراجع المخزونات الأميركية وتوترات الإمدادات عززا المكاسب، بينما تخشى الأسواق تباطؤ الطلب في آسيا.";

  static CorpusReport run(Article... articles) {
    CorpusAnalyzer c = CorpusAnalyzer.standard();
    for (Article a : articles) {
      c.add(a);
    }
    return c.report();
  }

  static int eventOf(CorpusReport r, String id) {
    List<List<String>> ev = r.clusters().event();
    for (int i = 0; i < ev.size(); i++) {
      if (ev.get(i).contains(id)) {
        return i;
      }
    }
    throw new AssertionError(id + " is in no event");
  }

  @Test
  void repostWithSmallEditsIsNearDuplicate() {
    String edited = FLOOD.replace("عشر ساعات", "تسع ساعات").replace("مئات العائلات", "نحو ثلاثمئة عائلة")
        + " وتتوقع الأرصاد مزيدا من الأمطار.";
    CorpusReport r = run(article("wire").title("سيول تغمر البصرة").body(FLOOD).on("2019-11-02").build(),
        article("repost").title("البصرة تغرق").body(edited).on("2019-11-02").build(),
        article("other").title("نتائج الانتخابات").body(ELECTION).on("2019-11-02").build());
    assertEquals(List.of(List.of("wire", "repost")), r.clusters().nearDuplicate());
  }

  @Test
  void sameHappeningRetoldIsOneEventButNotNearDuplicate() {
    CorpusReport r = run(article("a").title("سيول تغمر البصرة").body(FLOOD).on("2019-11-02").build(),
        article("b").title("إجلاء مئات العائلات في البصرة بسبب السيول").body(FLOOD_2).on("2019-11-03").build(),
        article("c").title("نتائج الانتخابات البلدية").body(ELECTION).on("2019-11-02").build());
    assertEquals(eventOf(r, "a"), eventOf(r, "b"));
    assertNotEquals(eventOf(r, "a"), eventOf(r, "c"));
    assertTrue(r.clusters().nearDuplicate().isEmpty());
  }

  @Test
  void sameWordsFarApartInTimeAreTwoEvents() {
    CorpusReport r = run(article("a").title("سيول تغمر البصرة").body(FLOOD).on("2019-11-02").build(),
        article("b").title("إجلاء مئات العائلات في البصرة بسبب السيول").body(FLOOD_2).on("2020-01-20").build());
    assertNotEquals(eventOf(r, "a"), eventOf(r, "b"));
  }

  @Test
  void dateRangeMidpointCountsAsTheArticlesDay() {
    CorpusReport r = run(article("a").title("سيول تغمر البصرة").body(FLOOD).on("2019-11-02").build(),
        article("b").title("إجلاء مئات العائلات في البصرة").body(FLOOD_2).between("2019-11-01", "2019-11-05").build());
    assertEquals(eventOf(r, "a"), eventOf(r, "b"));
  }

  @Test
  void incrementalReportsEqualOneReportAtTheEnd() {
    List<Article> articles = List.of(
        article("a").title("سيول تغمر البصرة").body(FLOOD).publisher("x").on("2019-11-02").build(),
        article("b").title("نتائج الانتخابات").body(ELECTION).publisher("y").on("2019-11-02").build(),
        article("c").title("إجلاء عائلات في البصرة").body(FLOOD_2).publisher("y").on("2019-11-03").build(),
        article("d").title("النفط يرتفع").body(OIL).publisher("x").build(),
        article("e").title("البصرة تغرق").body(FLOOD + " تحديث.").publisher("z").on("2019-11-02").build());
    CorpusAnalyzer online = CorpusAnalyzer.standard();
    for (Article a : articles) {
      online.add(a);
      online.report();
    }
    CorpusAnalyzer batch = CorpusAnalyzer.standard();
    articles.forEach(batch::add);
    assertEquals(batch.report(), online.report());
  }

  @Test
  void timelineOrdersEventsByDateWithUnknownDatesLast() {
    CorpusReport r = run(article("late").title("النفط يرتفع").body(OIL).build(),
        article("vote").title("نتائج الانتخابات").body(ELECTION).on("2018-05-09").build(),
        article("flood").title("سيول تغمر البصرة").body(FLOOD).on("2018-05-02").build());
    List<CorpusReport.TimelineEntry> t = r.timeline();
    assertEquals(3, t.size());
    assertEquals(List.of("flood"), t.get(0).articles());
    assertEquals(List.of("vote"), t.get(1).articles());
    assertNull(t.get(2).date());
    assertEquals(List.of("late"), t.get(2).articles());
  }

  @Test
  void summaryIsAMemberTitle() {
    CorpusReport r = run(article("a").title("سيول تغمر البصرة").body(FLOOD).on("2019-11-02").build(),
        article("b").title("إجلاء عائلات في البصرة").body(FLOOD_2).on("2019-11-02").build());
    CorpusReport.TimelineEntry e = r.timeline().get(0);
    assertTrue(List.of("سيول تغمر البصرة", "إجلاء عائلات في البصرة").contains(e.summary()), e.summary());
  }

  @Test
  void sharedActorsPullArticlesOfOneHappeningTogether() {
    String a = "اجتمع الوفدان في العاصمة لبحث ملف الأسرى وتبادل الجثامين بوساطة دولية وقد استمر اللقاء ساعات";
    String b = "بحث وفد الحكومة مع ممثلي الجماعة ملف الأسرى في جولة مفاوضات جديدة برعاية المبعوث الأممي";
    CorpusReport with = run(
        article("a").body(a).on("2019-03-01").entity("الحوثيين", EntityType.ORG, "houthis", 1)
            .entity("الحكومة اليمنية", EntityType.ORG, "yemeni-government", 1).build(),
        article("b").body(b).on("2019-03-01").entity("الحوثي", EntityType.ORG, "houthis", 1)
            .entity("الحكومة", EntityType.ORG, "yemeni-government", 1).build());
    CorpusAnalyzer textOnly = CorpusAnalyzer.create(CorpusSettings.DEFAULTS.withEvent(0.3, 0.5, 0.0),
        ActorDirectory.none(), OutletPrior.none());
    textOnly.add(article("a").body(a).on("2019-03-01").build());
    textOnly.add(article("b").body(b).on("2019-03-01").build());
    assertEquals(eventOf(with, "a"), eventOf(with, "b"));
    CorpusReport without = textOnly.report();
    assertNotEquals(eventOf(without, "a"), eventOf(without, "b"));
  }

  @Test
  void actorCollectsItsSurfaceFormsAndArticles() {
    CorpusReport r = run(
        article("a").body("x").entity("تنظيم الدولة", EntityType.ORG, "isis", 1)
            .entity("داعش", EntityType.ORG, "isis", 2).entity("داعش", EntityType.ORG, "isis", 3).build(),
        article("b").body("y").entity("داعش", EntityType.ORG, null, 1).build());
    CorpusReport.ActorSummary isis = r.actors().get(0);
    assertEquals("isis", isis.id());
    assertEquals("داعش", isis.name());
    assertEquals("jihadist", isis.type()); // from the actor knowledge base
    assertEquals(List.of("داعش", "تنظيم الدولة"), isis.aliases());
    assertEquals(List.of("a", "b"), isis.articles());
  }

  @Test
  void nameAfterLamWithElidedArticleCountsAsTheFullName() {
    CorpusReport r = run(
        article("a").body("x").entity("الحكومة السورية", EntityType.ORG, "syrian-government", 1).build(),
        article("b").body("y").entity("لحكومة السورية", EntityType.ORG, "syrian-government", 1).build());
    assertEquals(List.of("الحكومة السورية"), r.actors().get(0).aliases());
    assertEquals(List.of("a", "b"), r.actors().get(0).articles());
  }

  @Test
  void introducedAliasHoldsForEarlierAndLaterArticles() {
    CorpusAnalyzer c = CorpusAnalyzer.standard();
    c.add(article("a").body("x").entity("الحشد", EntityType.ORG, null, 1).build());
    c.add(article("b").body("y").entity("قوات الحشد الشعبي", EntityType.ORG, "pmf", 1).build());
    c.addAlias("pmf", "الحشد");
    c.add(article("c").body("z").entity("الحشد", EntityType.ORG, null, 1).build());
    CorpusReport.ActorSummary pmf = c.report().actors().get(0);
    assertEquals(List.of("a", "b", "c"), pmf.articles());
    assertTrue(pmf.aliases().contains("الحشد"));
  }

  @Test
  void actorDirectoryGivesNameAndType() {
    CorpusAnalyzer c = CorpusAnalyzer.create(CorpusSettings.DEFAULTS,
        id -> id.equals("isis") ? Optional.of(new ActorDirectory.Entry("تنظيم الدولة الإسلامية", "armed_group"))
            : Optional.empty(), OutletPrior.none());
    c.add(article("a").body("x").entity("داعش", EntityType.ORG, "isis", 1).build());
    CorpusReport.ActorSummary isis = c.report().actors().get(0);
    assertEquals("تنظيم الدولة الإسلامية", isis.name());
    assertEquals("armed_group", isis.type());
  }

  @Test
  void emptyCorpusGivesEmptyReport() {
    CorpusReport r = CorpusAnalyzer.standard().report();
    assertEquals(0, r.articles());
    assertTrue(r.clusters().event().isEmpty());
    assertFalse(r.framing().containsKey("x"));
  }

  @Test
  void undatedArticleTakesTheDayItsWeekdayPicksNearItsEventsDatedArticles() {
    CorpusAnalyzer c = CorpusAnalyzer.standard();
    c.add(article("dated").title("سيول تغمر البصرة").body(FLOOD).on("2019-11-02").build()); // a Saturday
    c.add(article("monday").title("سيول البصرة").body(FLOOD).weekday(java.time.DayOfWeek.MONDAY).build());
    var dates = c.storyDates();
    assertEquals(java.time.LocalDate.parse("2019-11-04"), dates.get("monday").date());
    assertEquals(org.khabar.model.DateBasis.CORPUS, dates.get("monday").basis());
    assertFalse(dates.containsKey("dated"), "an article that knows its day is never re-dated");
  }

  @Test
  void articleWithoutADatedStoryIsNotDated() {
    CorpusAnalyzer c = CorpusAnalyzer.standard();
    c.add(article("a").title("سيول تغمر البصرة").body(FLOOD).weekday(java.time.DayOfWeek.MONDAY).build());
    c.add(article("b").title("نتائج الانتخابات").body(ELECTION).on("2019-11-02").build());
    assertTrue(c.storyDates().isEmpty());
  }
}
