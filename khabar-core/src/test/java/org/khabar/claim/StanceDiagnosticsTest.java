package org.khabar.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where the stance model loses macro-F1 (issue #8): AUCs, gold-relatedness and offset bounds. */
class StanceDiagnosticsTest {
  private static final ArticleStance A = ArticleStance.AGREE;
  private static final ArticleStance D = ArticleStance.DISAGREE;
  private static final ArticleStance S = ArticleStance.DISCUSS;
  private static final ArticleStance U = ArticleStance.UNRELATED;

  /** Probabilities in {@link ArticleStance} order. */
  private static double[] p(double agree, double disagree, double discuss, double unrelated) {
    return new double[] {agree, disagree, discuss, unrelated};
  }

  @Test
  void confidentRightProbabilitiesScorePerfectly() {
    List<double[]> ps = List.of(p(.9, .05, .03, .02), p(.05, .9, .03, .02), p(.05, .03, .9, .02),
        p(.02, .03, .05, .9));
    StanceDiagnostics.Figures f = StanceDiagnostics.of(ps, List.of(A, D, S, U));
    assertEquals(1.0, f.macroF1(), 1e-9);
    assertEquals(1.0, f.offsetCeiling(), 1e-9);
    assertEquals(1.0, f.oracleRelatedness(), 1e-9);
    for (double auc : f.relatedAuc()) {
      assertEquals(1.0, auc, 1e-9);
    }
  }

  @Test
  void withinClaimAucComparesOnlyPagesOfOneClaim() {
    // claim 0's pages all look related, claim 1's all look unrelated; within each claim the unrelated page ranks
    // first, which pooling across claims partly hides
    List<double[]> ps = List.of(p(0, 0, .8, .2), p(0, 0, .1, .9), p(0, 0, .9, .1), p(0, 0, .2, .8));
    List<ArticleStance> gold = List.of(S, S, U, U);
    int[] claims = {0, 1, 0, 1};
    assertEquals(0.25, StanceDiagnostics.of(ps, gold).relatedAuc()[S.ordinal()], 1e-9);
    double[] within = StanceDiagnostics.withinClaimAuc(ps, gold, claims);
    assertEquals(0.0, within[S.ordinal()], 1e-9);
    List<double[]> flipped = List.of(p(0, 0, .95, .05), p(0, 0, .25, .75), p(0, 0, .9, .1), p(0, 0, .2, .8));
    assertEquals(1.0, StanceDiagnostics.withinClaimAuc(flipped, gold, claims)[S.ordinal()], 1e-9);
    assertTrue(Double.isNaN(within[A.ordinal()]), "no agree page");
    assertThrows(IllegalArgumentException.class, () -> StanceDiagnostics.withinClaimAuc(ps, gold, new int[1]));
  }

  @Test
  void goldRelatednessRepairsOnlyTheRelatedUnrelatedConfusion() {
    // the discuss pair looks unrelated, and the unrelated pair looks like discuss: both wrong, but the discuss pair
    // ranks discuss first among the related classes
    List<double[]> ps = List.of(p(.9, .05, .03, .02), p(.05, .9, .03, .02), p(.05, .03, .3, .62),
        p(.02, .03, .6, .35));
    StanceDiagnostics.Figures f = StanceDiagnostics.of(ps, List.of(A, D, S, U));
    assertTrue(f.macroF1() < 0.6, "plain " + f.macroF1());
    assertEquals(1.0, f.oracleRelatedness(), 1e-9);
    assertEquals(0.0, f.relatedAuc()[S.ordinal()], 1e-9);
    assertEquals(1.0, f.relatedAuc()[A.ordinal()], 1e-9);
  }

  @Test
  void offsetCeilingIsNeverBelowTheArgmax() {
    java.util.Random r = new java.util.Random(7);
    List<double[]> ps = new ArrayList<>();
    List<ArticleStance> gold = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      double[] v = {r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble()};
      double sum = v[0] + v[1] + v[2] + v[3];
      for (int k = 0; k < 4; k++) {
        v[k] /= sum;
      }
      ps.add(v);
      gold.add(ArticleStance.values()[r.nextInt(4)]);
    }
    StanceDiagnostics.Figures f = StanceDiagnostics.of(ps, gold);
    assertTrue(f.offsetCeiling() >= f.macroF1() - 1e-12, f.offsetCeiling() + " < " + f.macroF1());
  }

  @Test
  void tiesCountHalfAndAnAbsentClassIsNaN() {
    List<double[]> ps = List.of(p(.25, .25, .25, .25), p(.25, .25, .25, .25));
    StanceDiagnostics.Figures f = StanceDiagnostics.of(ps, List.of(A, U));
    assertEquals(0.5, f.relatedAuc()[A.ordinal()], 1e-9);
    assertTrue(Double.isNaN(f.relatedAuc()[D.ordinal()]));
  }

  @Test
  void mismatchedInputIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> StanceDiagnostics.of(List.of(p(1, 0, 0, 0)), List.of()));
    assertThrows(IllegalArgumentException.class, () -> StanceDiagnostics.of(List.of(new double[2]), List.of(A)));
    assertThrows(IllegalArgumentException.class, () -> StanceDiagnostics.of(List.of(), List.of()));
  }

  @Test
  void outOfFoldProbabilitiesComeFromModelsThatNeverSawTheClaim() {
    java.util.Random r = new java.util.Random(3);
    List<double[]> xs = new ArrayList<>();
    List<ArticleStance> ys = new ArrayList<>();
    int[] groups = new int[48];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = i % 12;
      ArticleStance y = ArticleStance.values()[i % 4];
      double[] x = new double[StanceFeatures.NAMES.size()];
      x[y.ordinal()] = 2 + r.nextGaussian() * 0.2;
      x[x.length - 1] = groups[i]; // tag each vector with its claim
      xs.add(x);
      ys.add(y);
    }
    int[] fold = StanceModel.groupFolds(groups, 3, 5);
    List<Set<Integer>> trained = new ArrayList<>();
    List<double[]> ps = StanceCrossValidation.outOfFold(xs, ys, groups, 3, 5, (tx, ty, tg) -> {
      Set<Integer> claims = new HashSet<>();
      for (double[] x : tx) {
        claims.add((int) x[x.length - 1]);
      }
      trained.add(claims);
      return StanceModel.train(tx, ty, tg, new StanceModel.Options(0.1, 50, 0.5));
    });
    assertEquals(xs.size(), ps.size());
    for (int i = 0; i < ps.size(); i++) {
      assertNotNull(ps.get(i), "pair " + i);
      assertTrue(!trained.get(fold[i]).contains(groups[i]), "pair " + i + " judged by a model that saw its claim");
      double sum = 0;
      for (double v : ps.get(i)) {
        sum += v;
      }
      assertEquals(1.0, sum, 1e-9);
    }
  }
}
