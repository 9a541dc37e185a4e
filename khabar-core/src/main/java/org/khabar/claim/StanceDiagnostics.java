package org.khabar.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a stance model loses its macro-F1, measured on out-of-fold probabilities
 * ({@link StanceCrossValidation#outOfFold}): how well the probability of being related separates each related class
 * from {@code unrelated} (AUC), the macro-F1 the same probabilities would reach if the related/unrelated decision were
 * given by the gold labels, and an optimistic bound for decision offsets (offsets chosen on the judged pairs
 * themselves). A low bound says that better features, not better thresholds, are needed.
 *
 * <p>Stateless and thread-safe.
 */
public final class StanceDiagnostics {
  private StanceDiagnostics() {}

  /**
   * The figures.
   *
   * @param macroF1 macro-F1 of the plain argmax
   * @param offsetCeiling macro-F1 with per-class offsets chosen on these very pairs (an upper bound for any offsets)
   * @param oracleRelatedness macro-F1 when gold says which pairs are unrelated and the model picks among the other
   *     three classes
   * @param relatedAuc for agree, disagree and discuss (in {@link ArticleStance} order), the AUC of the probability of
   *     being related when separating that class from unrelated; ties count half, NaN when a class is absent
   */
  public record Figures(double macroF1, double offsetCeiling, double oracleRelatedness, double[] relatedAuc) {
    public Figures {
      relatedAuc = relatedAuc.clone();
    }

    @Override
    public double[] relatedAuc() {
      return relatedAuc.clone();
    }
  }

  /**
   * Computes the figures.
   *
   * @param probabilities one vector of class probabilities per pair, in {@link ArticleStance} order
   * @param gold the gold class of each pair
   */
  public static Figures of(List<double[]> probabilities, List<ArticleStance> gold) {
    int k = ArticleStance.values().length;
    if (probabilities.size() != gold.size() || probabilities.isEmpty()) {
      throw new IllegalArgumentException("need one gold class per probability vector, at least one: "
          + probabilities.size() + " vectors, " + gold.size() + " classes");
    }
    for (double[] p : probabilities) {
      if (p == null || p.length != k) {
        throw new IllegalArgumentException("every probability vector needs " + k + " entries");
      }
    }
    double plain = StanceModel.macroF1(probabilities, gold, new double[k]);
    double ceiling = StanceModel.macroF1(probabilities, gold, StanceModel.chooseOffsets(probabilities, gold));
    int unrelated = ArticleStance.UNRELATED.ordinal();
    List<double[]> masked = new ArrayList<>(probabilities.size());
    for (int i = 0; i < probabilities.size(); i++) {
      double[] m = new double[k];
      if (gold.get(i) == ArticleStance.UNRELATED) {
        m[unrelated] = 1;
      } else {
        System.arraycopy(probabilities.get(i), 0, m, 0, k);
        m[unrelated] = 0;
      }
      masked.add(m);
    }
    double oracle = StanceModel.macroF1(masked, gold, new double[k]);
    double[] auc = new double[k - 1];
    for (ArticleStance c : ArticleStance.values()) {
      if (c != ArticleStance.UNRELATED) {
        auc[c.ordinal()] = auc(probabilities, gold, c);
      }
    }
    return new Figures(plain, ceiling, oracle, auc);
  }

  /**
   * For agree, disagree and discuss (in {@link ArticleStance} order), the AUC of the probability of being related
   * when separating that class from unrelated counting only pairs of pages of the same claim: how well the model
   * ranks the pages of one claim, with no help from telling claims that retrieved related pages from claims that
   * did not. NaN for a class no claim has together with an unrelated page.
   *
   * @param groups the claim of each pair
   */
  public static double[] withinClaimAuc(List<double[]> probabilities, List<ArticleStance> gold, int[] groups) {
    int k = ArticleStance.values().length;
    if (probabilities.size() != gold.size() || groups.length != gold.size()) {
      throw new IllegalArgumentException("need one gold class and one claim per probability vector");
    }
    int unrelated = ArticleStance.UNRELATED.ordinal();
    java.util.Map<Integer, List<Integer>> byClaim = new java.util.HashMap<>();
    for (int i = 0; i < groups.length; i++) {
      byClaim.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
    }
    double[] wins = new double[k - 1];
    long[] count = new long[k - 1];
    for (List<Integer> pages : byClaim.values()) {
      for (int i : pages) {
        int c = gold.get(i).ordinal();
        if (c == unrelated) {
          continue;
        }
        double a = 1 - probabilities.get(i)[unrelated];
        for (int j : pages) {
          if (gold.get(j) == ArticleStance.UNRELATED) {
            double b = 1 - probabilities.get(j)[unrelated];
            wins[c] += a > b ? 1 : a == b ? 0.5 : 0;
            count[c]++;
          }
        }
      }
    }
    double[] out = new double[k - 1];
    for (int c = 0; c < out.length; c++) {
      out[c] = count[c] == 0 ? Double.NaN : wins[c] / count[c];
    }
    return out;
  }

  /** The AUC of 1 - P(unrelated) for class c against unrelated, by pair counting (ties half). */
  private static double auc(List<double[]> ps, List<ArticleStance> gold, ArticleStance c) {
    int unrelated = ArticleStance.UNRELATED.ordinal();
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      double related = 1 - ps.get(i)[unrelated];
      if (gold.get(i) == c) {
        pos.add(related);
      } else if (gold.get(i) == ArticleStance.UNRELATED) {
        neg.add(related);
      }
    }
    if (pos.isEmpty() || neg.isEmpty()) {
      return Double.NaN;
    }
    double wins = 0;
    for (double a : pos) {
      for (double b : neg) {
        wins += a > b ? 1 : a == b ? 0.5 : 0;
      }
    }
    return wins / ((double) pos.size() * neg.size());
  }
}
