package org.khabar.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.model.Claim;
import org.khabar.model.Publisher;
import org.khabar.model.Quote;
import org.khabar.model.Stance;
import org.khabar.model.TextLine;
import org.khabar.quote.QuoteAnalyzer;
import org.khabar.structure.ArticleStructure;

/** Claims and their stance: asserts, denies, unconfirmed (issue #8). */
class ClaimAnalyzerTest {
  private static final String OUTLET = "وكالة الأخبار";

  static ArticleStructure structure(Publisher publisher, String... lines) {
    List<TextLine> content = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        content.add(new TextLine(i + 1, lines[i]));
      }
    }
    return new ArticleStructure(null, null, null, publisher, List.of(), String.join("\n\n", lines), content,
        List.of());
  }

  private static List<Claim> claims(String... lines) {
    ArticleStructure s = structure(new Publisher(OUTLET, null, List.of()), lines);
    List<Quote> quotes = QuoteAnalyzer.standard().analyze(s, List.of());
    return ClaimAnalyzer.standard().analyze(s, quotes);
  }

  private static Claim first(List<Claim> claims) {
    assertTrue(!claims.isEmpty(), "no claims");
    return claims.get(0);
  }

  @Test
  void reportedSpeechIsItsSpeakersAssertion() {
    Claim c = first(claims("وقال الجيش إن قواته سيطرت على ثلاث قرى جديدة."));
    assertEquals(Stance.ASSERTS, c.stance());
    assertEquals("الجيش", c.source());
    assertEquals("قواته سيطرت على ثلاث قرى جديدة", c.text());
  }

  @Test
  void aSentenceThatIsOnlyAnAttributionHoldsNoClaim() {
    assertEquals(List.of(), claims("وفق ما أوردت وكالة الأنباء الرسمية."));
  }

  @Test
  void aSentenceOpeningWithAnAttributionKeepsItsProposition() {
    Claim c = first(claims("وبحسب الوكالة، ارتفع عدد القتلى إلى عشرين شخصا في المدينة."));
    assertEquals("الوكالة", c.source());
  }

  @Test
  void participleAfterADenialAssertsItsOwnClause() {
    List<Claim> cs = claims("ونفى المتحدث باسم البلدية وجود أي تلوث في المياه، مؤكدا أن الفحوص سليمة.");
    assertEquals(2, cs.size(), cs.toString());
    assertEquals(Stance.DENIES, cs.get(0).stance());
    assertEquals("وجود أي تلوث في المياه", cs.get(0).text());
    assertEquals("المتحدث باسم البلدية", cs.get(0).source());
    assertEquals(Stance.ASSERTS, cs.get(1).stance());
    assertEquals("الفحوص سليمة", cs.get(1).text());
    assertEquals("المتحدث باسم البلدية", cs.get(1).source());
  }

  @Test
  void nonConfirmationByAnotherSourceLeavesTheSpeakersAssertion() {
    List<Claim> cs = claims("وأفادت اللجنة الدولية بوصول قافلة إغاثة إلى البلدة، وهو ما لم تؤكده السلطات المحلية.");
    assertEquals(Stance.ASSERTS, cs.get(0).stance(), cs.toString());
    assertEquals("اللجنة الدولية", cs.get(0).source());
    assertTrue(cs.stream().anyMatch(c -> c.stance() == Stance.UNCONFIRMED && c.source().startsWith("السلطات")),
        cs.toString());
  }

  @Test
  void denialNounInsideASentenceLeavesThePublishersAssertion() {
    Claim c = first(claims("وجرت الانتخابات وسط اتهامات بالتزوير ونفي من قبل اللجنة المشرفة على الاقتراع."));
    assertEquals(Stance.ASSERTS, c.stance());
    assertEquals(OUTLET, c.source());
  }

  @Test
  void questionIsNoClaim() {
    assertEquals(List.of(), claims("هل تنجح المفاوضات الجديدة في إنهاء الأزمة المستمرة منذ أعوام؟"));
  }

  @Test
  void shortHeadingIsNoClaim() {
    assertEquals(List.of(), claims("ردود الفعل الدولية على القرار"));
  }

  @Test
  void denialVerbMakesTheSpeakerDeny() {
    Claim c = first(claims("ونفت وزارة الدفاع أن تكون طائراتها قصفت السوق."));
    assertEquals(Stance.DENIES, c.stance());
    assertEquals("وزارة الدفاع", c.source());
  }

  @Test
  void denialWordsInsideAQuoteMakeTheSpeakerDeny() {
    Claim c = first(claims("وقال المتحدث: «لا صحة لما تداولته مواقع التواصل عن استقالة الوزير»."));
    assertEquals(Stance.DENIES, c.stance());
    assertEquals("المتحدث", c.source());
  }

  @Test
  void articleVoiceIsThePublishersAssertion() {
    Claim c = first(claims("افتتحت البلدية جسرا جديدا فوق النهر بعد عامين من العمل."));
    assertEquals(Stance.ASSERTS, c.stance());
    assertEquals(OUTLET, c.source());
  }

  @Test
  void unknownPublisherLeavesSourceNull() {
    ArticleStructure s = structure(null, "افتتحت البلدية جسرا جديدا فوق النهر بعد عامين من العمل.");
    assertNull(first(ClaimAnalyzer.standard().analyze(s, List.of())).source());
  }

  @Test
  void denialReportedWithoutComplementIsTheDeniersNotThePublishers() {
    Claim c = first(claims("ونفت الشركة، الأحد، اتهامات بتسريب بيانات عملائها."));
    assertEquals(Stance.DENIES, c.stance());
    assertEquals("الشركة", c.source());
  }

  @Test
  void articleVoiceDenial() {
    Claim c = first(claims("والصور المتداولة عن الفيضان مفبركة ولا صحة لها على الإطلاق."));
    assertEquals(Stance.DENIES, c.stance());
    assertEquals(OUTLET, c.source());
  }

  @Test
  void decimalPointDoesNotEndTheSentence() {
    List<Claim> cs = claims("ودفع اللاعب، الذي انتقل مؤخرا إلى ناد جديد، 12.1 مليون دولار لمصلحة الضرائب في بلاده.");
    assertEquals(1, cs.size(), cs::toString);
    assertTrue(cs.get(0).text().endsWith("لمصلحة الضرائب في بلاده"), cs.get(0).text());
  }

  @Test
  void impersonalNonConfirmationIsThePublishersUnconfirmed() {
    List<Claim> cs = claims("وارتفعت حصيلة القتلى إلى عشرين، بحسب ناشطين، ولم يتسن التحقق من هذه الأرقام بشكل مستقل.");
    assertEquals(2, cs.size(), cs::toString);
    assertEquals(Stance.ASSERTS, cs.get(0).stance());
    assertEquals("ناشطين", cs.get(0).source());
    assertEquals(Stance.UNCONFIRMED, cs.get(1).stance());
    assertEquals(OUTLET, cs.get(1).source());
    assertEquals(cs.get(0).text(), cs.get(1).text());
  }

  @Test
  void impersonalNonConfirmationInTheArticleVoice() {
    Claim c = first(claims("وتحدثت صفحات محلية عن مقتل قائد ميداني دون تأكيد من أي جهة رسمية."));
    assertEquals(Stance.UNCONFIRMED, c.stance());
    assertEquals(OUTLET, c.source());
  }

  @Test
  void namedNonConfirmationSplitsScope() {
    List<Claim> cs = claims("وجرى التوصل إلى اتفاق لتبادل الأسرى لم تؤكده الحكومة حتى الآن.");
    assertEquals(2, cs.size(), cs::toString);
    assertEquals(Stance.ASSERTS, cs.get(0).stance());
    assertEquals(OUTLET, cs.get(0).source());
    assertEquals("وجرى التوصل إلى اتفاق لتبادل الأسرى", cs.get(0).text());
    assertEquals(Stance.UNCONFIRMED, cs.get(1).stance());
    assertEquals("الحكومة", cs.get(1).source());
    assertEquals("وجرى التوصل إلى اتفاق لتبادل الأسرى", cs.get(1).text());
  }

  @Test
  void hedgeIsAssertedByTheHedgeNotThePublisher() {
    Claim c = first(claims("وأفادت أنباء عن انسحاب المسلحين من الحي الشرقي للمدينة."));
    assertEquals(Stance.ASSERTS, c.stance());
    assertEquals("وأفادت أنباء", c.source());
  }

  @Test
  void shortFragmentsAreNotClaims() {
    assertEquals(List.of(), claims("الرئيسية", "أخبار عاجلة", "اتصل بنا"));
  }

  @Test
  void claimsKeepTheirInputLine() {
    List<Claim> cs = claims("", "", "أعلنت الشركة عن خطة لتوسيع مصانعها في الجنوب.");
    assertEquals(3, first(cs).line());
  }

  @Test
  void hostileInputNeverThrows() {
    Random r = new Random(3);
    String alphabet = "نفى لا صحة لم تؤكده «»\".،؟ أنباء عن\u200f😀\uD800";
    for (int n = 0; n < 1000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(200); i > 0; i--) {
        sb.append(r.nextBoolean() ? alphabet.charAt(r.nextInt(alphabet.length())) : (char) r.nextInt(0x10000));
      }
      assertNotNull(claims(sb.toString(), sb.reverse().toString()));
    }
    assertNotNull(claims("لم تؤكده ".repeat(50_000)));
    assertTrue(ClaimAnalyzer.standard().analyze(null, null).isEmpty());
  }
}
