package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.model.EntityMention;
import org.khabar.model.EntityType;
import org.khabar.model.TextLine;

/** Behaviours of actor linking (issue #7). */
class ActorLinkerTest {
  private static final ActorLinker LINKER = ActorLinker.standard();

  private static List<TextLine> lines(String... text) {
    List<TextLine> out = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      out.add(new TextLine(i + 1, text[i]));
    }
    return out;
  }

  /** "text=actor" for every mention, in order. */
  private static List<String> linked(String... text) {
    List<String> out = new ArrayList<>();
    for (EntityMention m : LINKER.link(lines(text), List.of()).mentions()) {
      out.add(m.text() + "=" + m.actor());
    }
    return out;
  }

  @Test
  void cliticAttachedAliasesLinkWithoutTheClitic() {
    assertEquals(List.of("داعش=isis", "النظام السوري=syrian-government", "تنظيم الدولة=isis"),
        linked("المعارك بين قوات المعارضة ولداعش والنظام السوري بتنظيم الدولة"
            .replace("قوات المعارضة ", "")));
  }

  @Test
  void strongKnowledgeBaseNameGivesItsKindOverTheTaggers() {
    // the tagger read the group's name as a place; the knowledge base knows it is an organisation
    String line = "وانسحب مقاتلو داعش من المنطقة";
    int start = line.indexOf("داعش");
    EntityMention tagged = new EntityMention("داعش", EntityType.PLACE, null, 1, start, start + 4);
    EntityMention m = LINKER.link(lines(line), List.of(tagged)).mentions().get(0);
    assertEquals("isis", m.actor());
    assertEquals(EntityType.ORG, m.type());
  }

  @Test
  void recognisedSpanJoiningTwoActorsGivesWayToTheirOwnNames() {
    String line = "ودعت الأمم المتحدة والصليب الأحمر الدولي إلى وقف القتال";
    int start = line.indexOf("الأمم");
    int end = line.indexOf(" إلى");
    EntityMention joined = new EntityMention(line.substring(start, end), EntityType.ORG, null, 1, start, end);
    List<String> got = new ArrayList<>();
    for (EntityMention m : LINKER.link(lines(line), List.of(joined)).mentions()) {
      got.add(m.text() + "=" + m.actor());
    }
    assertEquals(List.of("الأمم المتحدة=united-nations", "الصليب الأحمر الدولي=icrc"), got);
  }

  @Test
  void cliticSpanStartsAfterTheClitic() {
    EntityMention m = LINKER.link(lines("وداعش"), List.of()).mentions().get(0);
    assertEquals(1, m.start());
    assertEquals(5, m.end());
    assertEquals("isis", m.actor());
  }

  @Test
  void lamBeforeArticleDropsTheAlef() {
    assertEquals(List.of("لحشد الشعبي=pmf"), linked("تابع للحشد الشعبي"));
  }

  @Test
  void longestMatchWins() {
    assertEquals(List.of("تنظيم الدولة الإسلامية في العراق والشام=isis"),
        linked("أعلن تنظيم الدولة الإسلامية في العراق والشام مسؤوليته"));
  }

  @Test
  void genericMentionResolvesToTheNamedRegime() {
    assertEquals(List.of("نظام الأسد=syrian-government", "النظام=syrian-government"),
        linked("قصفت طائرات نظام الأسد البلدة.", "وقال ناشطون إن النظام استخدم البراميل المتفجرة."));
  }

  @Test
  void genericMentionWithoutAntecedentStaysUnlinked() {
    assertEquals(List.of(), linked("وقال مسؤول إن النظام الجديد سيطبق قريبا، وإن التنظيم شهد تغييرات."));
  }

  @Test
  void organisationGenericNeedsAnOrganisation() {
    assertEquals(List.of("الجيش السوري=syrian-army", "تنظيم القاعدة=al-qaeda", "التنظيم=al-qaeda"),
        linked("استهدف الجيش السوري مواقع تنظيم القاعدة، ورد التنظيم بهجوم."));
  }

  @Test
  void nationalityAdjectiveMakesTheGenericSpecific() {
    assertEquals(List.of("الجيش السوري=syrian-army"),
        linked("انسحب الجيش السوري من المنطقة، فيما تقدم الجيش الباكستاني."));
  }

  @Test
  void hashtagUnderscoresJoinNameWords() {
    assertEquals(List.of("الجيش_الإسرائيلي=idf"), linked("اقتحمت قوة من #الجيش_الإسرائيلي الحرم الجامعي"));
  }

  @Test
  void genericPrefersTheMostNamedActorOverTheMostRecent() {
    assertEquals(List.of("الحكومة اليمنية=yemeni-government", "الحكومة اليمنية=yemeni-government",
            "الحكومة السورية=syrian-government", "الحكومة=yemeni-government"),
        linked("رحبت الحكومة اليمنية بالقرار.", "وقالت الحكومة اليمنية إن الحوار مستمر.",
            "وكانت الحكومة السورية قد رفضت مبادرة مماثلة.", "وأكدت الحكومة التزامها بالهدنة."));
  }

  @Test
  void jihadistOrganisationFitsTheOrganisationNounWhateverItsName() {
    assertEquals(List.of("حركة الشباب=al-shabaab", "التنظيم=al-shabaab"),
        linked("هاجمت حركة الشباب قاعدة عسكرية، وقال التنظيم إنه قتل عشرة جنود."));
  }

  @Test
  void quotedAliasJoinsTheActor() {
    LinkResult r = LINKER.link(lines("سيطر تنظيم حراس الدين \"الحراس\" على القرية، ثم انسحب الحراس."), List.of());
    assertEquals(1, r.aliasIntroductions().size());
    AliasIntroduction a = r.aliasIntroductions().get(0);
    assertEquals("hurras-al-din", a.actor());
    assertEquals("الحراس", a.alias());
    assertEquals("quote", a.pattern());
    assertEquals(2, r.mentions().stream().filter(m -> m.text().equals("الحراس")).count());
  }

  @Test
  void knownAsPatternIntroducesAnAlias() {
    LinkResult r = LINKER.link(lines("هاجمت هيئة تحرير الشام المعروفة اختصارا بـ النمور الحمر مواقع الجيش."), List.of());
    assertEquals(1, r.aliasIntroductions().size());
    assertEquals("hts", r.aliasIntroductions().get(0).actor());
    assertEquals("النمور الحمر", r.aliasIntroductions().get(0).alias());
  }

  @Test
  void parenthesisedAbbreviationIntroducesAnAlias() {
    LinkResult r = LINKER.link(lines("قالت قوات سوريا الديمقراطية (ق.س.د) إنها تقدمت."), List.of());
    assertEquals("sdf", r.aliasIntroductions().get(0).actor());
    assertEquals("paren", r.aliasIntroductions().get(0).pattern());
  }

  @Test
  void unknownNerNameBeforeKnownAbbreviationJoinsIt() {
    String line = "قالت قوات سوريا الجديدة (قسد) إنها تقدمت.";
    EntityMention ner = new EntityMention("قوات سوريا الجديدة", EntityType.ORG, null, 1, 5, 23);
    LinkResult r = LINKER.link(lines(line), List.of(ner));
    assertEquals("sdf", r.mentions().get(0).actor());
    assertEquals("قوات سوريا الجديدة", r.aliasIntroductions().get(0).alias());
  }

  @Test
  void quotedSpeechAfterANameIsNotAnAlias() {
    LinkResult r = LINKER.link(lines("ووصف الاتحاد الأوروبي القرار بأنه \"غير قانوني\"، وقال ترمب \"سنرد\"."), List.of());
    assertTrue(r.aliasIntroductions().isEmpty(), () -> r.aliasIntroductions().toString());
  }

  @Test
  void bracketedRemarkIsNotAnAlias() {
    LinkResult r = LINKER.link(lines("وقال المرصد السوري لحقوق الإنسان (مقره بريطانيا) إن القصف استمر."), List.of());
    assertTrue(r.aliasIntroductions().isEmpty(), () -> r.aliasIntroductions().toString());
  }

  @Test
  void latinAcronymInParenthesesIsAnAlias() {
    LinkResult r = LINKER.link(lines("وقال المجلس النرويجي للاجئين (NRC) إن الأوضاع تتدهور."), List.of());
    assertEquals("NRC", r.aliasIntroductions().get(0).alias());
    assertEquals("nrc", r.aliasIntroductions().get(0).actor());
  }

  @Test
  void datelineAgencyInParenthesesIsNotAnAlias() {
    LinkResult r = LINKER.link(lines("سوريا (سانا) - قال الجيش السوري"), List.of());
    assertTrue(r.aliasIntroductions().isEmpty());
  }

  @Test
  void nerMentionKeepsItsSpanAndNoDuplicateIsAdded() {
    String line = "وقالت حركة حماس في بيان";
    EntityMention ner = new EntityMention("حركة حماس", EntityType.ORG, null, 1, 5, 14);
    List<EntityMention> out = LINKER.link(lines(line), List.of(ner)).mentions();
    assertEquals(1, out.size());
    assertEquals("hamas", out.get(0).actor());
    assertEquals(5, out.get(0).start());
  }

  @Test
  void recogniserSpanCutShortTakesTheKnowledgeBaseName() {
    String line = "تقدمت قوات سوريا الديمقراطية شرق النهر";
    EntityMention ner = new EntityMention("قوات سوريا", EntityType.ORG, null, 1, 6, 16);
    List<EntityMention> out = LINKER.link(lines(line), List.of(ner)).mentions();
    assertEquals(1, out.size());
    assertEquals("قوات سوريا الديمقراطية", out.get(0).text());
    assertEquals("sdf", out.get(0).actor());
  }

  @Test
  void weakNameNeedsTheRecogniser() {
    assertEquals(List.of(), linked("تقع الجزيرة في شمال شرق البلاد"));
    EntityMention ner = new EntityMention("الجزيرة", EntityType.ORG, null, 1, 8, 15);
    assertEquals("al-jazeera", LINKER.link(lines("وقالت لـ الجزيرة"), List.of(ner)).mentions().get(0).actor());
  }

  /** The actor the linker gives one recognised mention standing alone on its line. */
  private static String actorOf(String line, String mention, EntityType type) {
    int start = line.indexOf(mention);
    EntityMention ner = new EntityMention(mention, type, null, 1, start, start + mention.length());
    for (EntityMention m : LINKER.link(lines(line), List.of(ner)).mentions()) {
      if (m.start() == start && m.end() == start + mention.length()) {
        return m.actor();
      }
    }
    throw new AssertionError("the mention " + mention + " was lost");
  }

  @Test
  void weakNameRecognisedAsAnotherKindIsNotConfirmed() {
    // a media outlet's weak name read by the recogniser as a place is the place ("the Middle East", "the peninsula")
    assertEquals(null, actorOf("تشهد منطقة الشرق الأوسط توترا متزايدا", "الشرق الأوسط", EntityType.PLACE));
    assertEquals(null, actorOf("الأمطار تعم شبه الجزيرة هذا الأسبوع", "شبه الجزيرة", EntityType.PLACE));
    assertEquals("asharq-al-awsat", actorOf("وقالت الشرق الأوسط في عددها", "الشرق الأوسط", EntityType.ORG));
  }

  @Test
  void personWithAnotherGivenNameIsNotTheActorOfTheSurname() {
    // "إبراهيم نصر الله" and "تركي المالكي" share only a family name with a known person
    assertEquals(null, actorOf("وقال الروائي إبراهيم نصر الله إن", "إبراهيم نصر الله", EntityType.PERSON));
    assertEquals(null, actorOf("وقال العقيد تركي المالكي إن", "تركي المالكي", EntityType.PERSON));
    assertEquals("hassan-nasrallah", actorOf("وقال الأمين العام حسن نصر الله إن", "حسن نصر الله", EntityType.PERSON));
    assertEquals("donald-trump", actorOf("وقال الرئيس دونالد ترامب إن", "الرئيس دونالد ترامب", EntityType.PERSON));
  }

  @Test
  void recognisedPersonDoesNotTakeAnOrganisationInsideIt() {
    assertEquals(null, actorOf("وقال محمد للسعودية إن", "محمد للسعودية", EntityType.PERSON));
  }

  @Test
  void blockedPhraseIsNotAName() {
    assertEquals(List.of(), linked("استحوذت الشركة على نصيب الأسد من العقود"));
  }

  @Test
  void genericAfterADefiniteWordIsAnAdjective() {
    assertEquals(List.of("منظمة العفو الدولية=amnesty"),
        linked("انتقدت منظمة العفو الدولية القرار، وقالت الهيئة المنظمة للانتخابات إنها ستراجعه."));
  }

  @Test
  void blockedCliticReadingIsNotAName() {
    assertEquals(List.of(), linked("استقبله الناس بحماس كبير"));
  }

  @Test
  void hostileInputNeverThrows() {
    Random random = new Random(7);
    String seeds = "داعش ( \"المعروف بـ";
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(400);
      for (int i = 0; i < len; i++) {
        sb.append(random.nextInt(4) == 0 ? seeds.charAt(random.nextInt(seeds.length()))
            : (char) random.nextInt(0x0700));
      }
      LINKER.link(lines(sb.toString(), "\"", "(", "المعروف بـ"), List.of());
    }
    LINKER.link(lines("داعش ".repeat(20000)), List.of());
    // Many mentions on one line, recognised and generic alike: the work stays near linear.
    String many = "قال تنظيم القاعدة إن التنظيم \"ق\" (ع) المعروف بـ ".repeat(5000);
    List<EntityMention> ner = new ArrayList<>();
    int unit = many.length() / 5000;
    for (int i = 0; i < 5000; i++) {
      ner.add(new EntityMention("تنظيم القاعدة", EntityType.ORG, null, 1, i * unit + 4, i * unit + 17));
    }
    LINKER.link(lines(many), ner);
    LINKER.link(List.of(), List.of());
    LINKER.link(lines(""), List.of(new EntityMention("x", EntityType.ORG, null, 9, 0, 1)));
  }
}
