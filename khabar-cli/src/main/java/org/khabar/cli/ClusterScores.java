package org.khabar.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise and B-cubed (Bagga &amp; Baldwin 1998) precision, recall and F1 of a clustering against gold clusters,
 * over the items that have a gold cluster. Predicted clusters are restricted to those items.
 *
 * @param pairPrecision pairwise precision
 * @param pairRecall pairwise recall
 * @param pairF1 pairwise F1
 * @param bcubedPrecision B-cubed precision
 * @param bcubedRecall B-cubed recall
 * @param bcubedF1 B-cubed F1
 * @param items how many gold items were scored
 */
record ClusterScores(double pairPrecision, double pairRecall, double pairF1, double bcubedPrecision,
    double bcubedRecall, double bcubedF1, int items) {

  /**
   * Scores {@code predicted} against {@code gold}.
   *
   * @param gold the gold cluster label of each scored item
   * @param predicted the predicted cluster label of each item (items missing here count as singletons)
   */
  static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
    List<String> items = gold.keySet().stream().sorted().toList();
    Map<String, String> pred = new HashMap<>();
    for (String i : items) {
      pred.put(i, predicted.getOrDefault(i, "\u0000singleton:" + i));
    }
    Map<String, Integer> goldSize = sizes(items, gold);
    Map<String, Integer> predSize = sizes(items, pred);
    Map<String, Integer> both = new HashMap<>();
    for (String i : items) {
      both.merge(gold.get(i) + "\u0000" + pred.get(i), 1, Integer::sum);
    }
    long tp = 0;
    for (int n : both.values()) {
      tp += (long) n * (n - 1) / 2;
    }
    long goldPairs = 0;
    for (int n : goldSize.values()) {
      goldPairs += (long) n * (n - 1) / 2;
    }
    long predPairs = 0;
    for (int n : predSize.values()) {
      predPairs += (long) n * (n - 1) / 2;
    }
    double pp = predPairs == 0 ? 1 : tp / (double) predPairs;
    double pr = goldPairs == 0 ? 1 : tp / (double) goldPairs;
    double bp = 0;
    double br = 0;
    for (String i : items) {
      int common = both.get(gold.get(i) + "\u0000" + pred.get(i));
      bp += common / (double) predSize.get(pred.get(i));
      br += common / (double) goldSize.get(gold.get(i));
    }
    int n = items.size();
    bp = n == 0 ? 0 : bp / n;
    br = n == 0 ? 0 : br / n;
    return new ClusterScores(pp, pr, f1(pp, pr), bp, br, f1(bp, br), n);
  }

  private static Map<String, Integer> sizes(List<String> items, Map<String, String> label) {
    Map<String, Integer> m = new HashMap<>();
    for (String i : items) {
      m.merge(label.get(i), 1, Integer::sum);
    }
    return m;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
