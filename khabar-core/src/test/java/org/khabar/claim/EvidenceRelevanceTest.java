package org.khabar.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.structure.ArticleStructure;

/** The line relevance model learnt from rationale lines (the experiment of {@code eval stance --rationale}). */
class EvidenceRelevanceTest {
  private static final String[] CLAIMS = {
    "افتتحت الحكومة مستشفى جديدا في مدينة البصرة يضم مئتي سرير",
    "أغلقت السلطات معبرا حدوديا مع تركيا بسبب الاشتباكات",
    "ارتفع سعر صرف الدولار أمام الليرة في الأسواق المحلية",
    "أطلقت منظمة إغاثة حملة لتوزيع الخبز على النازحين في المخيمات",
    "قصفت طائرات حربية جسرا على نهر الفرات قرب مدينة الميادين",
    "وقعت وزارة التربية اتفاقا لإعادة بناء المدارس المتضررة في الريف",
  };

  /** A page whose second line restates the claim, between two lines about something else. */
  private static ArticleStructure page(int i) {
    return ClaimAnalyzerTest.structure(null, "القائمة الرئيسية اتصل بنا", "", CLAIMS[i] + " صباح اليوم.",
        CLAIMS[(i + 2) % CLAIMS.length] + " في خبر آخر.");
  }

  @Test
  void linesKeepTheirInputNumbers() {
    EvidenceRelevance.Page p = EvidenceRelevance.describe(CLAIMS[0], page(0));
    assertArrayEquals(new int[] {1, 3, 4}, p.numbers());
    assertEquals(EvidenceRelevance.LINE_NAMES.size(), p.features()[0].length);
  }

  @Test
  void theRestatingLineCoversTheClaim() {
    EvidenceRelevance.Page p = EvidenceRelevance.describe(CLAIMS[0], page(0));
    int cov = EvidenceRelevance.LINE_NAMES.indexOf("cov");
    int run = EvidenceRelevance.LINE_NAMES.indexOf("run");
    assertEquals(1, p.features()[1][cov], 1e-9);
    assertEquals(1, p.features()[1][run], 1e-9);
    assertTrue(p.features()[2][cov] < 0.3, "another story's line: " + p.features()[2][cov]);
  }

  @Test
  void trainedOnRationaleLinesItRanksTheEvidenceFirstOnAnUnseenClaim() {
    List<EvidenceRelevance.Page> pages = new ArrayList<>();
    List<Set<Integer>> rationale = new ArrayList<>();
    for (int i = 1; i < CLAIMS.length; i++) {
      pages.add(EvidenceRelevance.describe(CLAIMS[i], page(i)));
      rationale.add(Set.of(3));
      pages.add(EvidenceRelevance.describe(CLAIMS[i], page((i + 1) % CLAIMS.length)));
      rationale.add(Set.of());
      pages.add(EvidenceRelevance.describe(CLAIMS[i], page(i)));
      rationale.add(null);
    }
    EvidenceRelevance m = EvidenceRelevance.train(pages, rationale);
    double[] r = m.relevance(EvidenceRelevance.describe(CLAIMS[0], page(0)));
    assertTrue(r[1] > r[0] && r[1] > r[2], java.util.Arrays.toString(r));
    double[] a = m.aggregates(EvidenceRelevance.describe(CLAIMS[0], page(0)));
    assertEquals(EvidenceRelevance.AGGREGATE_NAMES.size(), a.length);
    assertEquals(r[1], a[EvidenceRelevance.AGGREGATE_NAMES.indexOf("rel_max")], 1e-12);
  }

  @Test
  void theDirectionModelLearnsDisagreeingEvidenceFromAgreeingEvidence() {
    List<EvidenceRelevance.Page> pages = new ArrayList<>();
    List<Set<Integer>> rationale = new ArrayList<>();
    List<ArticleStance> stances = new ArrayList<>();
    for (int i = 1; i < CLAIMS.length; i++) {
      pages.add(EvidenceRelevance.describe(CLAIMS[i], page(i)));
      rationale.add(Set.of(3));
      stances.add(ArticleStance.AGREE);
      pages.add(EvidenceRelevance.describe(CLAIMS[i], denial(i)));
      rationale.add(Set.of(2));
      stances.add(ArticleStance.DISAGREE);
    }
    int dis = EvidenceRelevance.AGGREGATE_NAMES.indexOf("ev_disagree");
    EvidenceRelevance without = EvidenceRelevance.train(pages, rationale, true, null);
    assertEquals(0, without.aggregates(EvidenceRelevance.describe(CLAIMS[0], denial(0)))[dis], 1e-12);
    EvidenceRelevance m = EvidenceRelevance.train(pages, rationale, true, stances);
    double denies = m.aggregates(EvidenceRelevance.describe(CLAIMS[0], denial(0)))[dis];
    double agrees = m.aggregates(EvidenceRelevance.describe(CLAIMS[0], page(0)))[dis];
    assertTrue(denies > 0.5 && agrees < 0.5, denies + " vs " + agrees);
  }

  /** A page whose second line denies the claim. */
  private static ArticleStructure denial(int i) {
    return ClaimAnalyzerTest.structure(null, "الرئيسية", "نفى مسؤول أن " + CLAIMS[i] + " ووصف الأنباء بأنها كاذبة.",
        CLAIMS[(i + 2) % CLAIMS.length] + " في خبر آخر.");
  }

  @Test
  void withoutPositivesTheModelStillAnswers() {
    EvidenceRelevance m = EvidenceRelevance.train(List.of(EvidenceRelevance.describe(CLAIMS[0], page(1))),
        List.of(Set.of()));
    for (double v : m.relevance(EvidenceRelevance.describe(CLAIMS[0], page(0)))) {
      assertTrue(v >= 0 && v < 0.5, "no line was ever evidence: " + v);
    }
  }

  @Test
  void hostileInputGivesFiniteFeatures() {
    EvidenceRelevance m = EvidenceRelevance.train(List.of(EvidenceRelevance.describe(CLAIMS[0], page(0))),
        List.of(Set.of(3)));
    for (String claim : new String[] {null, "", "؟؟؟", "1 2 3", "هاجم ".repeat(5_000)}) {
      for (ArticleStructure page : java.util.Arrays.asList(page(0), null,
          ClaimAnalyzerTest.structure(null, "\uD800😀 ".repeat(20_000)), ClaimAnalyzerTest.structure(null, ""))) {
        EvidenceRelevance.Page p = EvidenceRelevance.describe(claim, page);
        for (double[] f : p.features()) {
          for (double x : f) {
            assertTrue(Double.isFinite(x), "line feature");
          }
        }
        for (double x : m.aggregates(p)) {
          assertTrue(Double.isFinite(x), "aggregate");
        }
      }
    }
  }

  @Test
  void rationaleStanceAppendsTheAggregatesAndPredictsEveryPage() {
    List<double[]> base = new ArrayList<>();
    List<EvidenceRelevance.Page> pages = new ArrayList<>();
    List<Set<Integer>> rationale = new ArrayList<>();
    List<ArticleStance> ys = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    for (int i = 0; i < CLAIMS.length; i++) {
      for (ArticleStance s : ArticleStance.values()) {
        ArticleStructure a = s == ArticleStance.UNRELATED ? page((i + 1) % CLAIMS.length) : page(i);
        base.add(StanceFeatures.standard().features(CLAIMS[i], a));
        pages.add(EvidenceRelevance.describe(CLAIMS[i], a));
        rationale.add(s == ArticleStance.UNRELATED ? Set.of() : s == ArticleStance.DISCUSS ? null : Set.of(3));
        ys.add(s);
        groups.add(i);
      }
    }
    int[] g = groups.stream().mapToInt(Integer::intValue).toArray();
    for (RationaleStance.Mode mode : RationaleStance.Mode.values()) {
      RationaleStance m = RationaleStance.train(base, pages, rationale, ys, g,
          new StanceModel.Options(0.1, 50, 0.5), mode);
      double[] p = m.probabilities(base.get(0), pages.get(0));
      assertEquals(1, java.util.Arrays.stream(p).sum(), 1e-6, mode.name());
      assertTrue(m.predict(base.get(0), pages.get(0)) != null);
    }
  }
}
