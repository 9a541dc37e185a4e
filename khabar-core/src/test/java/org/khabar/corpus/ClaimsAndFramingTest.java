package org.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.corpus.Articles.article;

import java.util.List;
import java.util.Optional;
import org.khabar.model.CorpusReport;
import org.khabar.model.CorpusReport.Marker;
import org.khabar.model.EntityType;
import org.khabar.model.Stance;
import org.junit.jupiter.api.Test;

/** Contested claims and framing (issue #9). */
class ClaimsAndFramingTest {
  static final String STORY = "تبادلت الأطراف الاتهامات بشأن الهجوم على البلدة المحاصرة في الريف الشرقي، وقالت "
      + "منظمات إغاثة إن عشرات المدنيين نقلوا إلى المستشفيات وهم يعانون ضيقا في التنفس بعد القصف.";

  @Test
  void assertedAndDeniedPropositionIsContested() {
    CorpusReport r = CorpusAnalyzerTest.run(
        article("a").body(STORY).on("2018-04-08").publisher("x")
            .claim("القوات الحكومية استخدمت غازا سامًا في قصف البلدة المحاصرة", "منظمة إغاثة", Stance.ASSERTS, 2)
            .build(),
        article("b").body(STORY + " وقالت وزارة الخارجية إن الاتهامات مفبركة.").on("2018-04-08").publisher("y")
            .claim("القوات الحكومية لم تستخدم أي غاز سام في قصف البلدة المحاصرة", "وزارة الخارجية",
                Stance.DENIES, 3)
            .claim("أسعار الخبز ارتفعت في الأسواق", "تاجر", Stance.ASSERTS, 4)
            .build());
    assertEquals(1, r.contestedClaims().size());
    CorpusReport.ContestedClaim c = r.contestedClaims().get(0);
    assertEquals("القوات الحكومية استخدمت غازا سامًا في قصف البلدة المحاصرة", c.claim());
    assertEquals(List.of(new CorpusReport.SourcedIn("a", "منظمة إغاثة")), c.assertedBy());
    assertEquals(List.of(new CorpusReport.SourcedIn("b", "وزارة الخارجية")), c.deniedBy());
  }

  @Test
  void briefDenialOfAnAssertedSentenceIsContested() {
    CorpusReport r = CorpusAnalyzerTest.run(
        article("a").body(STORY).on("2018-04-08").publisher("x")
            .claim("الطرفان توصلا إلى اتفاق هدنة في البلدة المحاصرة برعاية دولية", "وكالة أنباء", Stance.ASSERTS, 2)
            .build(),
        article("b").body(STORY).on("2018-04-08").publisher("y")
            .claim("التوصل إلى اتفاق هدنة", "التلفزيون الرسمي", Stance.DENIES, 3).build());
    assertEquals(1, r.contestedClaims().size());
    assertEquals(List.of(new CorpusReport.SourcedIn("b", "التلفزيون الرسمي")), r.contestedClaims().get(0).deniedBy());
  }

  @Test
  void briefClaimSharingOneWordIsNotContested() {
    CorpusReport r = CorpusAnalyzerTest.run(
        article("a").body(STORY).on("2018-04-08")
            .claim("الطرفان توصلا إلى اتفاق هدنة في البلدة المحاصرة برعاية دولية", "وكالة أنباء", Stance.ASSERTS, 2)
            .build(),
        article("b").body(STORY).on("2018-04-08")
            .claim("انهيار الهدنة", "التلفزيون الرسمي", Stance.DENIES, 3).build());
    assertTrue(r.contestedClaims().isEmpty());
  }

  @Test
  void propositionOnlyAssertedIsNotContested() {
    CorpusReport r = CorpusAnalyzerTest.run(
        article("a").body(STORY).on("2018-04-08")
            .claim("القوات الحكومية استخدمت غازا سامًا في قصف البلدة", "منظمة إغاثة", Stance.ASSERTS, 2).build(),
        article("b").body(STORY).on("2018-04-08")
            .claim("القوات الحكومية استخدمت غازا سامًا في قصف البلدة", "مرصد حقوقي", Stance.ASSERTS, 2).build());
    assertTrue(r.contestedClaims().isEmpty());
  }

  @Test
  void differentPropositionsAreNotGrouped() {
    CorpusReport r = CorpusAnalyzerTest.run(
        article("a").body(STORY).on("2018-04-08")
            .claim("القوات الحكومية استخدمت غازا سامًا في قصف البلدة", "منظمة إغاثة", Stance.ASSERTS, 2).build(),
        article("b").body(STORY).on("2018-04-08")
            .claim("المعارضة أطلقت قذائف على أحياء العاصمة السكنية", "وزارة الدفاع", Stance.DENIES, 2).build());
    assertTrue(r.contestedClaims().isEmpty());
  }

  static CorpusReport.Framing frame(String body) {
    return CorpusAnalyzerTest.run(article("a").body(body).publisher("p").build()).framing().get("a");
  }

  @Test
  void oppositionFramingWithItsMarkers() {
    CorpusReport.Framing f = frame("قصفت قوات الأسد بالبراميل المتفجرة مواقع الثوار في ريف المحافظة.");
    assertEquals("opposition", f.leaning());
    assertEquals("p", f.publisher());
    assertTrue(f.markers().contains(new Marker("syrian-army", "قوات الأسد")), f.markers().toString());
    assertTrue(f.markers().contains(new Marker("syrian-opposition", "الثوار")), f.markers().toString());
  }

  @Test
  void proGovernmentFramingWithItsMarkers() {
    CorpusReport.Framing f = frame("واصلت وحدات الجيش العربي السوري عملياتها ضد المجموعات الإرهابية في المنطقة.");
    assertEquals("pro-government", f.leaning());
    assertTrue(f.markers().contains(new Marker("syrian-army", "الجيش العربي السوري")), f.markers().toString());
    assertTrue(f.markers().contains(new Marker("syrian-opposition", "المجموعات الإرهابية")));
  }

  @Test
  void wireNamingIsNeutral() {
    CorpusReport.Framing f = frame("اشتبكت القوات الحكومية مع فصائل المعارضة قرب الطريق الدولي.");
    assertEquals("neutral", f.leaning());
    assertEquals(2, f.markers().size());
  }

  @Test
  void bareGenericNounWithAnAdjectiveNamesSomethingElse() {
    assertEquals("unknown", frame("انتقد النواب النظام الانتخابي الجديد.").leaning());
    assertEquals(List.of(new Marker("syrian-government", "النظام")),
        frame("وقال إن النظام يرفض الانسحاب.").markers());
  }

  @Test
  void noMarkerIsUnknown() {
    assertEquals("unknown", frame("ارتفعت أسعار الذهب في الأسواق المحلية.").leaning());
  }

  @Test
  void quotedSpeechIsNotTheArticlesOwnFraming() {
    CorpusReport.Framing f = frame("اشتبكت القوات الحكومية مع فصائل المعارضة، وقال التلفزيون الرسمي "
        + "«إن الجيش العربي السوري يلاحق المجموعات الإرهابية وفلول المسلحين».");
    assertEquals("neutral", f.leaning());
    assertTrue(f.markers().stream().noneMatch(m -> m.term().equals("الجيش العربي السوري")));
  }

  @Test
  void quoteFoundByTheQuoteStageIsSkipped() {
    String said = "الجيش العربي السوري يطهر المنطقة من المجموعات الإرهابية";
    CorpusReport r = CorpusAnalyzerTest.run(article("a").publisher("p")
        .body("قال مصدر عسكري إن " + said + " بعد معارك مع قوات المعارضة.").quote("مصدر عسكري", said).build());
    assertEquals("neutral", r.framing().get("a").leaning());
  }

  @Test
  void claimAttributedToAnotherSourceIsNotTheArticlesOwnFraming() {
    String said = "الجيش العربي السوري أنهى وجود المجموعات الإرهابية في المنطقة";
    CorpusReport r = CorpusAnalyzerTest.run(article("a").publisher("p")
        .body("ذكرت الوكالة الرسمية أن " + said + "، بينما تحدثت قوات المعارضة عن انسحاب منظم.")
        .claim(said, "الوكالة الرسمية", Stance.ASSERTS, 1).build());
    assertEquals("neutral", r.framing().get("a").leaning());
  }

  @Test
  void claimInThePublishersOwnVoiceIsItsFraming() {
    String said = "الجيش العربي السوري أنهى وجود المجموعات الإرهابية في المنطقة";
    CorpusReport r = CorpusAnalyzerTest.run(article("a").publisher("p").body(said + ".")
        .claim(said, "p", Stance.ASSERTS, 1).build());
    assertEquals("pro-government", r.framing().get("a").leaning());
  }

  @Test
  void linkedEntityGivesTheMarkersActor() {
    CorpusReport r = CorpusAnalyzerTest.run(article("a").publisher("p")
        .body("تقدمت قوات النظام السوري نحو البلدة وسط قصف عنيف.")
        .entity("قوات النظام السوري", EntityType.ORG, "syrian-army-test", 1).build());
    assertTrue(r.framing().get("a").markers().contains(new Marker("syrian-army-test", "قوات النظام السوري")));
  }

  static CorpusAnalyzer withPrior(Leaning prior) {
    return CorpusAnalyzer.create(CorpusSettings.DEFAULTS, ActorDirectory.none(), p -> Optional.of(prior));
  }

  @Test
  void outletPriorNeverDecidesAlone() {
    CorpusAnalyzer c = withPrior(Leaning.PRO_GOVERNMENT);
    c.add(article("a").publisher("p").body("ارتفعت أسعار الذهب في الأسواق المحلية.").build());
    assertEquals("unknown", c.report().framing().get("a").leaning());
  }

  @Test
  void outletPriorTipsANearBalance() {
    String body = "قالت الدولة السورية إن النظام السوري لن يتفاوض.";
    assertEquals("neutral", frame(body).leaning());
    CorpusAnalyzer c = withPrior(Leaning.PRO_GOVERNMENT);
    c.add(article("a").publisher("p").body(body).build());
    assertEquals("pro-government", c.report().framing().get("a").leaning());
  }

  @Test
  void outletPriorDoesNotOutweighClearEvidence() {
    CorpusAnalyzer c = withPrior(Leaning.PRO_GOVERNMENT);
    c.add(article("a").publisher("p").body("قصفت قوات الأسد مواقع الثوار.").build());
    assertEquals("opposition", c.report().framing().get("a").leaning());
  }

  @Test
  void outletProfileRanksItsDistinctiveWords() {
    String common = " وتواصلت المعارك في المدينة لليوم الثالث وسط نزوح السكان نحو القرى المجاورة.";
    CorpusReport r = CorpusAnalyzerTest.run(
        article("a1").publisher("A").on("2018-01-01").body("قصفت قوات النظام المدينة" + common
            + " وقالت مصادر إن قوات النظام تتقدم والنظام يحشد.").build(),
        article("b1").publisher("B").on("2018-01-01").body("قصفت القوات الحكومية المدينة" + common
            + " وقالت مصادر إن القوات الحكومية تتقدم والحكومة تحشد.").build(),
        article("a2").publisher("A").on("2018-01-02").body("تقدمت قوات النظام في المدينة" + common
            + " والنظام يرسل تعزيزات.").build(),
        article("b2").publisher("B").on("2018-01-02").body("تقدمت القوات الحكومية في المدينة" + common
            + " والحكومة ترسل تعزيزات.").build());
    CorpusReport.OutletProfile a = r.outlets().get("A");
    assertEquals(2, a.articles());
    assertEquals("نظام", stripAl(a.vocabulary().get(0).term()));
    assertTrue(a.vocabulary().get(0).score() > 0);
    assertEquals("opposition", a.leaning());
  }

  private static String stripAl(String s) {
    return s.startsWith("ال") ? s.substring(2) : s;
  }
}
