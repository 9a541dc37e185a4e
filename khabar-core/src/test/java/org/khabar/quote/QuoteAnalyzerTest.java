package org.khabar.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.EntityMention;
import org.khabar.model.EntityType;
import org.khabar.model.Quote;
import org.khabar.model.QuoteKind;

/** Behaviours of the standard quote analyser (issue #8), one a test. */
class QuoteAnalyzerTest {

  private static Quote only(String... lines) {
    List<Quote> q = Quotes.analyze(lines);
    assertEquals(1, q.size(), () -> "expected one quote in " + String.join(" / ", lines) + ", got " + q);
    return q.get(0);
  }

  private static void direct(String line, String speaker, String text) {
    Quote q = only(line);
    assertEquals(QuoteKind.DIRECT, q.kind(), line);
    assertEquals(speaker, q.speaker(), line);
    assertEquals(text, q.text(), line);
  }

  @Test
  void straightDoubleQuotes() {
    direct("وقال المحافظ: \"الطريق سيفتح غدا صباحا\".", "المحافظ", "الطريق سيفتح غدا صباحا");
  }

  @Test
  void guillemets() {
    direct("وقال المحافظ: «الطريق سيفتح غدا صباحا».", "المحافظ", "الطريق سيفتح غدا صباحا");
  }

  @Test
  void reversedGuillemets() {
    direct("وقال المحافظ: »الطريق سيفتح غدا صباحا«.", "المحافظ", "الطريق سيفتح غدا صباحا");
  }

  @Test
  void curlyQuotes() {
    direct("وقال المحافظ: “الطريق سيفتح غدا صباحا”.", "المحافظ", "الطريق سيفتح غدا صباحا");
  }

  @Test
  void reversedCurlyQuotes() {
    direct("وقال المحافظ: ”الطريق سيفتح غدا صباحا“.", "المحافظ", "الطريق سيفتح غدا صباحا");
  }

  @Test
  void singleQuotes() {
    direct("وقال المحافظ: 'الطريق سيفتح غدا صباحا'.", "المحافظ", "الطريق سيفتح غدا صباحا");
  }

  @Test
  void mixedPair() {
    direct("وقال المحافظ: «الطريق سيفتح غدا صباحا\".", "المحافظ", "الطريق سيفتح غدا صباحا");
  }

  @Test
  void unbalancedQuoteRunsToTheEndOfItsLine() {
    direct("وقال المحافظ: «الطريق سيفتح غدا صباحا", "المحافظ", "الطريق سيفتح غدا صباحا");
  }

  @Test
  void quoteSpansLines() {
    Quote q = only("وقال المحافظ: «الطريق سيفتح غدا", "بعد انتهاء أعمال الصيانة».");
    assertEquals("الطريق سيفتح غدا بعد انتهاء أعمال الصيانة", q.text());
    assertEquals(1, q.line());
  }

  @Test
  void paragraphThatReopensTheQuotationContinuesItsSpeaker() {
    List<Quote> q = Quotes.analyze("وقالت الوزيرة: «بدأنا توزيع المساعدات على الأسر", "«وسنكمل التوزيع خلال أسبوع»");
    assertEquals(2, q.size(), q::toString);
    assertEquals("الوزيرة", q.get(1).speaker());
    assertEquals(2, q.get(1).line());
  }

  @Test
  void quotedNameIsNotSpeech() {
    assertEquals(List.of(), Quotes.analyze("وأعلن عن إطلاق حملة «الأمل» في المدارس"));
  }

  @Test
  void speakerAfterTheQuote() {
    direct("«الأسعار لن ترتفع هذا الشهر»، قالت الوزارة.", "الوزارة", "الأسعار لن ترتفع هذا الشهر");
  }

  @Test
  void pronounSubjectContinuesSameGenderSpeaker() {
    List<Quote> q = Quotes.analyze(
        "قالت رئيسة البلدية إن المياه عادت إلى الأحياء الشرقية.",
        "وقال مدير الشركة إن الأعطال أصلحت.",
        "وأضافت أن فرق الصيانة ستبقى في الميدان.");
    assertEquals(3, q.size(), q::toString);
    assertEquals("رئيسة البلدية", q.get(2).speaker());
  }

  @Test
  void pluralVerbContinuesPluralSpeaker() {
    List<Quote> q = Quotes.analyze(
        "وقال المحتجون إن الشرطة فرقتهم بالقوة.",
        "وقال المتحدث باسم الدفاع المدني إن فرقه لم تتمكن من الوصول.",
        "وأضافوا أنهم سيعودون إلى الساحة غدا.");
    assertEquals("المحتجون", q.get(2).speaker());
  }

  @Test
  void continuationDoesNotReachOverAParagraphWithoutReport() {
    List<Quote> q = Quotes.analyze(
        "وقال وزير المالية إن العجز تراجع هذا العام.",
        "وتراجعت أسعار النفط في الأسواق العالمية خلال الأسبوع الماضي بنسبة كبيرة.",
        "وأضاف أن الحكومة ستخفض الإنفاق.");
    assertEquals(2, q.size(), q::toString);
    assertNull(q.get(1).speaker());
  }

  @Test
  void continuationPrefersASpeakerWhoseGenderAVerbShowed() {
    List<Quote> q = Quotes.analyze(
        "وقالت وزيرة الصحة إن الإصابات تراجعت، بحسب المرصد.",
        "وأضافت أن حملة التطعيم ستتواصل.");
    assertEquals("وزيرة الصحة", q.get(q.size() - 1).speaker(), q::toString);
  }

  @Test
  void continuationWithParticipleOfSaying() {
    List<Quote> q = Quotes.analyze(
        "وقال المتحدث باسم الشرطة إن الوضع هادئ.",
        "وتابع قائلا إن القوات انتشرت في الشوارع.");
    assertEquals(2, q.size(), q::toString);
    assertEquals("المتحدث باسم الشرطة", q.get(1).speaker());
    assertEquals("القوات انتشرت في الشوارع", q.get(1).text());
  }

  @Test
  void personBeforeARelativeClauseIsItsSpeaker() {
    String line = "وفي المخيم التقينا سميرة أحمد التي قالت: \"لم نتلق أي مساعدة منذ شهرين\".";
    int start = line.indexOf("سميرة");
    EntityMention who = new EntityMention("سميرة أحمد", EntityType.PERSON, null, 1, start, start + 10);
    List<Quote> q = Quotes.analyze(List.of(who), line);
    assertEquals(1, q.size(), q::toString);
    assertEquals("سميرة أحمد", q.get(0).speaker());
  }

  @Test
  void continuationWithoutEarlierSpeakerHasNone() {
    assertNull(only("وأضاف أن الاجتماع سيعقد الأحد المقبل.").speaker());
  }

  @Test
  void definiteShortNameResolvesToEarlierFullName() {
    List<Quote> q = Quotes.analyze(
        "وقالت مصادر طبية في المستشفى إن حالة الجرحى مستقرة.",
        "وأوضحت المصادر أن بعضهم سيخرج قريبا.");
    assertEquals("مصادر طبية في المستشفى", q.get(1).speaker());
  }

  @Test
  void speakerActorComesFromAnOverlappingEntity() {
    String line = "وقال وزير الخارجية سامي الحداد إن الزيارة ناجحة.";
    int start = line.indexOf("سامي");
    EntityMention who = new EntityMention("سامي الحداد", EntityType.PERSON, "Q-sami-haddad", 1, start,
        start + "سامي الحداد".length());
    List<Quote> q = Quotes.analyze(List.of(who), line);
    assertEquals("Q-sami-haddad", q.get(0).speakerActor());
    assertTrue(q.get(0).speaker().endsWith("سامي الحداد"));
  }

  private static EntityMention mention(String line, String name, EntityType type, String actor) {
    int start = line.indexOf(name);
    return new EntityMention(name, type, actor, 1, start, start + name.length());
  }

  @Test
  void placeAfterAPrepositionInTheSpeakerIsNotItsActor() {
    String line = "وقال مدير الشركة في الولايات المتحدة، جون سميث، إن المبيعات ارتفعت.";
    List<Quote> q = Quotes.analyze(List.of(mention(line, "الولايات المتحدة", EntityType.PLACE, "united-states"),
        mention(line, "جون سميث", EntityType.PERSON, null)), line);
    assertTrue(q.get(0).speaker().startsWith("مدير الشركة في الولايات المتحدة"), q::toString);
    assertNull(q.get(0).speakerActor());
  }

  @Test
  void personOpeningTheSpeakerIsItsActorNotAnActorInItsDescription() {
    String line = "وقال ماجد سالم القائد السابق لمنتخب ألمانيا إن الفريق قوي.";
    List<Quote> q = Quotes.analyze(List.of(mention(line, "ماجد سالم", EntityType.PERSON, null),
        mention(line, "ألمانيا", EntityType.PLACE, "germany")), line);
    assertTrue(q.get(0).speaker().endsWith("ألمانيا"), q::toString);
    assertNull(q.get(0).speakerActor());
  }

  @Test
  void namedPersonInTheSpeakerWinsOverTheBodyInItsTitle() {
    String line = "وقال رئيس المكتب السياسي لحركة حماس إسماعيل هنية إن الحركة مستعدة.";
    List<Quote> q = Quotes.analyze(List.of(mention(line, "حركة حماس", EntityType.ORG, "hamas"),
        mention(line, "إسماعيل هنية", EntityType.PERSON, "ismail-haniyeh")), line);
    assertTrue(q.get(0).speaker().endsWith("إسماعيل هنية"), q::toString);
    assertEquals("ismail-haniyeh", q.get(0).speakerActor());
  }

  @Test
  void placesListedAfterEachOfAreTheSpeakers() {
    String line = "وقالت كل من فرنسا وألمانيا إن الاتفاق صامد.";
    List<Quote> q = Quotes.analyze(List.of(mention(line, "فرنسا", EntityType.PLACE, "france"),
        mention(line, "ألمانيا", EntityType.PLACE, "germany")), line);
    assertEquals("france", q.get(0).speakerActor(), q::toString);
  }

  @Test
  void bodyNamingTheSpeakerAfterAPrepositionStaysItsActor() {
    String line = "وقال مسؤول في حركة حماس إن الحركة مستعدة.";
    List<Quote> q = Quotes.analyze(List.of(mention(line, "حركة حماس", EntityType.ORG, "hamas")), line);
    assertEquals("hamas", q.get(0).speakerActor(), q::toString);
  }

  @Test
  void entityWithoutActorLeavesSpeakerActorNull() {
    String line = "وقال وزير الخارجية سامي الحداد إن الزيارة ناجحة.";
    int start = line.indexOf("سامي");
    EntityMention who = new EntityMention("سامي الحداد", EntityType.PERSON, null, 1, start, start + 11);
    assertNull(Quotes.analyze(List.of(who), line).get(0).speakerActor());
  }

  @Test
  void quoteKeepsItsInputLineNumber() {
    List<Quote> q = Quotes.analyze("عنوان الخبر", "", "وقال الناطق إن الهدنة صامدة حتى الآن.");
    assertEquals(3, q.get(0).line());
  }

  @Test
  void mentionAgainstLamBeforeAPersonsNameIsInsideTheSpeaker() { // issue #8: a genitive ل, not an addressee
    String line = "وقالت نائبة المتحدث باسم الأمين العام للأمم المتحدة ليلى سمير إن الوضع يتدهور.";
    int org = line.indexOf("للأمم") + 1;
    int person = line.indexOf("ليلى");
    List<Quote> q = Quotes.analyze(List.of(
        new EntityMention("لأمم المتحدة", EntityType.ORG, null, 1, org, org + "لأمم المتحدة".length()),
        new EntityMention("ليلى سمير", EntityType.PERSON, null, 1, person, person + "ليلى سمير".length())), line);
    assertEquals(1, q.size(), q::toString);
    assertEquals("نائبة المتحدث باسم الأمين العام للأمم المتحدة ليلى سمير", q.get(0).speaker());
  }

  @Test
  void mentionAgainstLamBeforeTheComplementizerIsTheAddressee() {
    String line = "وقالت المتحدثة باسم الوزارة لرويترز إن الوضع يتدهور.";
    int org = line.indexOf("لرويترز") + 1;
    List<Quote> q = Quotes.analyze(List.of(
        new EntityMention("رويترز", EntityType.ORG, null, 1, org, org + "رويترز".length())), line);
    assertEquals("المتحدثة باسم الوزارة", q.get(0).speaker());
  }

  private static EntityMention place(String line, String name) {
    int start = line.indexOf(name);
    return new EntityMention(name, EntityType.PLACE, null, 1, start, start + name.length());
  }

  @Test
  void aSecondPlaceNameAfterTheSubjectOpensTheAccusationsObject() {
    String line = "وتتهم دمشق أنقرة بدعم الفصائل المسلحة في الشمال.";
    List<Quote> q = Quotes.analyze(List.of(place(line, "دمشق"), place(line, "أنقرة")), line);
    assertEquals(1, q.size(), q::toString);
    assertEquals("دمشق", q.get(0).speaker());
    assertEquals("أنقرة بدعم الفصائل المسلحة في الشمال", q.get(0).text());
  }

  @Test
  void aBodyNamedAfterThePersonIsTheAddressee() {
    String line = "وأبلغ المندوب سامي الحداد مجلس الأمن أن المفتشين لم يبدؤوا عملهم.";
    int start = line.indexOf("سامي");
    EntityMention person = new EntityMention("سامي الحداد", EntityType.PERSON, null, 1, start,
        start + "سامي الحداد".length());
    List<Quote> q = Quotes.analyze(List.of(person, media(line, "مجلس الأمن")), line);
    assertEquals(1, q.size(), q::toString);
    assertEquals("المندوب سامي الحداد", q.get(0).speaker());
  }

  @Test
  void aPersonNameAfterAnOrganisationStaysInTheSpeaker() {
    String line = "وأكد المتحدث باسم الكرملين ديمتري بيسكوف ضرورة الحوار.";
    int start = line.indexOf("ديمتري");
    EntityMention person = new EntityMention("ديمتري بيسكوف", EntityType.PERSON, null, 1, start,
        start + "ديمتري بيسكوف".length());
    List<Quote> q = Quotes.analyze(List.of(media(line, "الكرملين"), person), line);
    assertEquals(1, q.size(), q::toString);
    assertEquals("المتحدث باسم الكرملين ديمتري بيسكوف", q.get(0).speaker());
    assertEquals("ضرورة الحوار", q.get(0).text());
  }

  private static EntityMention media(String line, String name) {
    int start = line.indexOf(name);
    return new EntityMention(name, EntityType.ORG, null, 1, start, start + name.length());
  }

  @Test
  void mediaAddresseeWrittenWithLamEndsTheSpeaker() {
    String line = "وقالت المتحدثة باسم البعثة لرويترز إن المحادثات ستستأنف غدا.";
    List<Quote> q = Quotes.analyze(List.of(media(line, "رويترز")), line);
    assertEquals("المتحدثة باسم البعثة", q.get(0).speaker());
  }

  @Test
  void mediaAddresseeRightAfterTheVerbIsNoSpeaker() {
    String second = "وقال لرويترز إن القرار نهائي.";
    List<Quote> q = Quotes.analyze(List.of(new EntityMention("رويترز", EntityType.ORG, null, 2,
        second.indexOf("رويترز"), second.indexOf("رويترز") + 6)),
        "وقال وزير الخارجية الأردني أيمن الصفدي أمس إن الحدود ستفتح.", second);
    assertEquals("وزير الخارجية الأردني أيمن الصفدي", q.get(1).speaker());
  }
}
