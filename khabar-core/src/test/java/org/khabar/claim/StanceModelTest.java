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
  void checkerNeverThrowsOnHostileInput() {
    ClaimChecker c = ClaimChecker.standard();
    assertEquals(ArticleStance.UNRELATED, c.check("", ClaimAnalyzerTest.structure(null, "نص")).stance());
    assertEquals(ArticleStance.UNRELATED, c.check(null, null).stance());
    assertTrue(c.check("خبر عن الكوليرا", ClaimAnalyzerTest.structure(null, "\uD800😀 ".repeat(100_000)))
        .evidence().size() <= StanceFeatures.TOP);
  }
}
