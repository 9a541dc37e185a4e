package org.khabar.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Gradient-boosted trees, the non-linear stance learner (issue #8). */
class BoostedTreesTest {
  private static final BoostedTrees.Settings SETTINGS = new BoostedTrees.Settings(60, 2, 0.3, 1.0, 2, 1);

  /** Two classes by the sign of x0 * x1 (XOR): no linear model separates them. */
  private static int xor(double[] x) {
    return x[0] * x[1] > 0 ? 1 : 0;
  }

  private static double[][] points(int n, long seed) {
    Random r = new Random(seed);
    double[][] xs = new double[n][];
    for (int i = 0; i < n; i++) {
      xs[i] = new double[] {r.nextDouble() * 2 - 1, r.nextDouble() * 2 - 1, r.nextGaussian()};
    }
    return xs;
  }

  private static BoostedTrees fitXor() {
    double[][] xs = points(300, 1);
    int[] ys = new int[xs.length];
    double[] w = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      ys[i] = xor(xs[i]);
      w[i] = 1;
    }
    return BoostedTrees.fit(xs, ys, w, 2, SETTINGS);
  }

  @Test
  void fitsASmallNonLinearProblem() {
    BoostedTrees t = fitXor();
    double[][] test = points(200, 2);
    int right = 0;
    for (double[] x : test) {
      double[] p = t.probabilities(x);
      right += (p[1] > p[0] ? 1 : 0) == xor(x) ? 1 : 0;
    }
    assertTrue(right >= 180, right + " of 200");
  }

  @Test
  void writtenTreesParseBackIdentical() {
    BoostedTrees t = fitXor();
    BoostedTrees back = BoostedTrees.parse(t.lines(), 2, 3);
    for (double[] x : points(50, 3)) {
      assertArrayEquals(t.scores(x), back.scores(x), 1e-4);
    }
  }

  @Test
  void nodePointingOutsideItsTreeIsRefused() {
    List<String> bad = List.of("base\t0\t0", "tree\t0\t0\t0:0.5:1:9\t0.1\t0.2", "tree\t0\t1\t0.1");
    assertThrows(IllegalArgumentException.class, () -> BoostedTrees.parse(bad, 2, 3));
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new BoostedTrees.Settings(10, 0, 0.1, 1, 1, 1));
  }
}
