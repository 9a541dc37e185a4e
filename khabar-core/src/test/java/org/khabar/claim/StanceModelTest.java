package org.khabar.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.structure.ArticleStructure;

/** The stance model: training, persistence, and the shipped checker (issue #8). */
class StanceModelTest {

  /** A tiny slice: each class a cloud around its own corner of feature space. */
  private static void slice(List<double[]> xs, List<ArticleStance> ys, int perClass, long seed) {
    Random r = new Random(seed);
    int f = StanceFeatures.NAMES.size();
    for (ArticleStance s : ArticleStance.values()) {
      for (int i = 0; i < perClass; i++) {
        double[] x = new double[f];
        for (int j = 0; j < f; j++) {
          x[j] = r.nextGaussian() * 0.3 + (j % 4 == s.ordinal() ? 2 : 0);
        }
        xs.add(x);
        ys.add(s);
      }
    }
  }

  @Test
  void trainingOnATinySliceSeparatesTheClasses() {
    List<double[]> xs = new ArrayList<>();
    List<ArticleStance> ys = new ArrayList<>();
    slice(xs, ys, 6, 1);
    StanceModel m = StanceModel.train(xs, ys, new StanceModel.Options(0.01, 300, 1.0));
    List<double[]> test = new ArrayList<>();
    List<ArticleStance> gold = new ArrayList<>();
    slice(test, gold, 5, 2);
    int right = 0;
    for (int i = 0; i < test.size(); i++) {
      right += m.predict(test.get(i)) == gold.get(i) ? 1 : 0;
    }
    assertTrue(right >= test.size() - 2, right + " of " + test.size());
  }

  @Test
  void rareClassIsNotDrownedWhenWeighted() {
    List<double[]> xs = new ArrayList<>();
    List<ArticleStance> ys = new ArrayList<>();
    slice(xs, ys, 30, 3);
    // keep only 2 disagree examples among 92
    for (int i = xs.size() - 1, kept = 0; i >= 0; i--) {
      if (ys.get(i) == ArticleStance.DISAGREE && kept++ >= 2) {
        xs.remove(i);
        ys.remove(i);
      }
    }
    StanceModel m = StanceModel.train(xs, ys, new StanceModel.Options(0.01, 300, 1.0));
    double[] x = new double[StanceFeatures.NAMES.size()];
    for (int j = 1; j < x.length; j += 4) {
      x[j] = 2;
    }
    assertEquals(ArticleStance.DISAGREE, m.predict(x));
  }

  @Test
  void writtenModelReadsBackIdentical() throws IOException {
    List<double[]> xs = new ArrayList<>();
    List<ArticleStance> ys = new ArrayList<>();
    slice(xs, ys, 4, 5);
    StanceModel m = StanceModel.train(xs, ys, new StanceModel.Options(0.1, 50, 0.5));
    StringWriter w = new StringWriter();
    m.write(w, "test");
    StanceModel back = StanceModel.read(new StringReader(w.toString()));
    for (double[] x : xs) {
      assertArrayEquals(m.probabilities(x), back.probabilities(x), 1e-4);
    }
  }

  @Test
  void modelWithOtherFeaturesIsRefused() {
    String stale = "# source: test\n(bias)\t0\t1\t0\t0\t0\t0\nold_feature\t0\t1\t0\t0\t0\t0\n";
    assertThrows(IOException.class, () -> StanceModel.read(new StringReader(stale)));
  }

  @Test
  void trainingRejectsMismatchedLabels() {
    assertThrows(IllegalArgumentException.class,
        () -> StanceModel.train(List.of(new double[3]), List.of(), StanceModel.Options.defaults()));
  }

  @Test
  void shippedCheckerSeparatesAReportOfTheClaimFromAnotherTopic() {
    String claim = "أعلنت وزارة الصحة اليمنية تسجيل ثلاثمئة إصابة جديدة بالكوليرا في محافظة الحديدة";
    ArticleStructure same = ClaimAnalyzerTest.structure(null,
        "أعلنت وزارة الصحة اليمنية اليوم تسجيل ثلاثمئة إصابة جديدة بالكوليرا في محافظة الحديدة خلال أسبوع.",
        "وقالت الوزارة إن فرقها الطبية تعمل على احتواء الوباء في المديريات الساحلية.");
    ArticleStructure other = ClaimAnalyzerTest.structure(null,
        "فاز المنتخب المغربي على نظيره التونسي بهدفين مقابل هدف في مباراة ودية.",
        "وسجل المهاجم الهدف الثاني في الدقائق الأخيرة من اللقاء.");
    Verdict a = ClaimChecker.standard().check(claim, same);
    Verdict b = ClaimChecker.standard().check(claim, other);
    assertNotEquals(ArticleStance.UNRELATED, a.stance(), a::toString);
    assertEquals(ArticleStance.UNRELATED, b.stance(), b::toString);
    assertEquals(1, a.evidence().get(0).line());
  }

  @Test
  void checkerHonoursTheModelsDecisionOffsets() throws IOException {
    StringWriter w = new StringWriter();
    StanceModel.standard().write(w, "test");
    // a model that favours discuss by a wide offset decides discuss even for an unrelated page
    String text = w.toString().replaceFirst("(?m)^offsets\t.*$", "offsets\t0\t0\t50\t0");
    StanceModel favoured = StanceModel.read(new StringReader(text));
    String claim = "أعلنت وزارة الصحة اليمنية تسجيل ثلاثمئة إصابة جديدة بالكوليرا في محافظة الحديدة";
    ArticleStructure other = ClaimAnalyzerTest.structure(null,
        "فاز المنتخب المغربي على نظيره التونسي بهدفين مقابل هدف في مباراة ودية.");
    Verdict v = ClaimChecker.of(StanceFeatures.standard(), favoured).check(claim, other);
    assertEquals(ArticleStance.DISCUSS, v.stance(), v::toString);
    assertEquals(favoured.predict(StanceFeatures.standard().features(claim, other)), v.stance());
  }

  @Test
  void checkerNeverThrowsOnHostileInput() {
    ClaimChecker c = ClaimChecker.standard();
    assertEquals(ArticleStance.UNRELATED, c.check("", ClaimAnalyzerTest.structure(null, "نص")).stance());
    assertEquals(ArticleStance.UNRELATED, c.check(null, null).stance());
    assertTrue(c.check("خبر عن الكوليرا", ClaimAnalyzerTest.structure(null, "\uD800😀 ".repeat(100_000)))
        .evidence().size() <= StanceFeatures.TOP);
  }

  @Test
  void boostedAndBlendedModelsReadBackIdentical() throws IOException {
    List<double[]> xs = new ArrayList<>();
    List<ArticleStance> ys = new ArrayList<>();
    slice(xs, ys, 8, 7);
    for (StanceModel.Learner l : List.of(StanceModel.Learner.BOOSTED, StanceModel.Learner.BLEND)) {
      StanceModel m = StanceModel.train(xs, ys, new StanceModel.Options(0.1, 50, 0.5, l, 20, 2, 0.1, false, 1));
      StringWriter w = new StringWriter();
      m.write(w, "test");
      StanceModel back = StanceModel.read(new StringReader(w.toString()));
      for (double[] x : xs) {
        assertArrayEquals(m.probabilities(x), back.probabilities(x), 1e-4, l::toString);
        assertEquals(m.predict(x), back.predict(x));
      }
    }
  }

  @Test
  void groupFoldsNeverSplitAGroup() {
    int[] groups = {5, 5, 1, 2, 2, 2, 9, 1, 7, 7, 3};
    int[] fold = StanceModel.groupFolds(groups, 3, 4);
    for (int i = 0; i < groups.length; i++) {
      for (int j = 0; j < groups.length; j++) {
        if (groups[i] == groups[j]) {
          assertEquals(fold[i], fold[j], "group " + groups[i]);
        }
      }
      assertTrue(fold[i] >= 0 && fold[i] < 3);
    }
  }

  @Test
  void offsetsRaiseAnUnderPredictedClass() {
    // disagree is always second best by a margin: without an offset it is never predicted
    List<double[]> ps = new ArrayList<>();
    List<ArticleStance> gold = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean dis = i % 4 == 0;
      ps.add(dis ? new double[] {0.05, 0.3, 0.05, 0.6} : new double[] {0.05, 0.1, 0.05, 0.8});
      gold.add(dis ? ArticleStance.DISAGREE : ArticleStance.UNRELATED);
    }
    double[] none = new double[4];
    double[] o = StanceModel.chooseOffsets(ps, gold);
    assertTrue(o[ArticleStance.DISAGREE.ordinal()] > 0, java.util.Arrays.toString(o));
    assertTrue(StanceModel.macroF1(ps, gold, o) > StanceModel.macroF1(ps, gold, none));
  }

  @Test
  void crossValidationNeverTrainsOnTheJudgedClaims() {
    List<double[]> xs = new ArrayList<>();
    List<ArticleStance> ys = new ArrayList<>();
    slice(xs, ys, 10, 11);
    int[] groups = new int[xs.size()];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = i % 8;
      xs.get(i)[xs.get(i).length - 1] = groups[i]; // tag each vector with its claim
    }
    int[] fold = StanceModel.groupFolds(groups, 4, 3);
    StanceModel.Options o = new StanceModel.Options(0.1, 50, 0.5).withTuning(true);
    List<java.util.Set<Integer>> seen = new ArrayList<>();
    int[][] confusion = StanceCrossValidation.run(xs, ys, groups, 4, 3, (tx, ty, tg) -> {
      java.util.Set<Integer> claims = new java.util.HashSet<>();
      for (int i = 0; i < tx.size(); i++) {
        claims.add((int) tx.get(i)[tx.get(i).length - 1]);
        assertEquals(tg[i], (int) tx.get(i)[tx.get(i).length - 1]);
      }
      seen.add(claims);
      return StanceModel.train(tx, ty, tg, o);
    }, miss -> { });
    assertEquals(4, seen.size());
    for (int f = 0; f < 4; f++) {
      for (int i = 0; i < groups.length; i++) {
        if (fold[i] == f) {
          assertTrue(!seen.get(f).contains(groups[i]), "fold " + f + " trained on claim " + groups[i]);
        }
      }
    }
    int judged = 0;
    for (int[] row : confusion) {
      for (int v : row) {
        judged += v;
      }
    }
    assertEquals(xs.size(), judged);
  }

  @Test
  void tuningNeedsAGroupPerPair() {
    List<double[]> xs = new ArrayList<>();
    List<ArticleStance> ys = new ArrayList<>();
    slice(xs, ys, 3, 13);
    StanceModel.Options o = new StanceModel.Options(0.1, 20, 0.5).withTuning(true);
    assertThrows(IllegalArgumentException.class, () -> StanceModel.train(xs, ys, new int[] {1, 2}, o));
  }
}
