package org.khabar.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words that distinguish one group of texts from another: the log-odds ratio with an informative Dirichlet
 * prior of Monroe, Colaresi &amp; Quinn (2008), "Fightin' Words", section 3.5.
 *
 * <p>For word {@code w}, group counts {@code y_i}, rest counts {@code y_j}, totals {@code n_i}, {@code n_j}, and a
 * prior {@code alpha_w = a0 * p_w} from the background frequencies {@code p_w} (all groups pooled):
 * <pre>
 *   delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
 *   var_w   ~ 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
 *   z_w     = delta_w / sqrt(var_w)
 * </pre>
 * Words are ranked by {@code z_w}: frequent, consistent differences rank above rare ones, which the prior shrinks.
 *
 * <p>Stateless and thread-safe.
 */
final class LogOdds {
  /** A word and its z-score. */
  record Scored(int term, double z) {}

  private LogOdds() {}

  /**
   * Ranks the words of {@code group} against {@code rest}.
   *
   * @param group word counts of the group
   * @param rest word counts of everything else
   * @param background background counts for the prior (typically group + rest)
   * @param priorSize {@code a0}, the prior's total pseudo-count
   * @param top how many words to return
   * @param minCount least count in the group for a word to be returned
   */
  static List<Scored> rank(Map<Integer, Integer> group, Map<Integer, Integer> rest, Map<Integer, Integer> background,
      double priorSize, int top, int minCount) {
    double bgTotal = 0;
    for (int c : background.values()) {
      bgTotal += c;
    }
    if (bgTotal == 0) {
      return List.of();
    }
    double ni = sum(group);
    double nj = sum(rest);
    List<Scored> out = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : group.entrySet()) {
      int yi = e.getValue();
      if (yi < minCount) {
        continue;
      }
      int w = e.getKey();
      double a = priorSize * background.getOrDefault(w, 0) / bgTotal;
      if (a <= 0) {
        a = priorSize / bgTotal;
      }
      int yj = rest.getOrDefault(w, 0);
      double delta = Math.log((yi + a) / (ni + priorSize - yi - a)) - Math.log((yj + a) / (nj + priorSize - yj - a));
      double var = 1.0 / (yi + a) + 1.0 / (yj + a);
      out.add(new Scored(w, delta / Math.sqrt(var)));
    }
    out.sort(Comparator.comparingDouble(Scored::z).reversed().thenComparingInt(Scored::term));
    return out.size() > top ? List.copyOf(out.subList(0, top)) : out;
  }

  private static double sum(Map<Integer, Integer> m) {
    double s = 0;
    for (int c : m.values()) {
      s += c;
    }
    return s;
  }

  /** Adds {@code from} into {@code into}. */
  static void addAll(Map<Integer, Integer> into, Map<Integer, Integer> from) {
    for (Map.Entry<Integer, Integer> e : from.entrySet()) {
      into.merge(e.getKey(), e.getValue(), Integer::sum);
    }
  }

  static Map<Integer, Integer> counts(int[] ids, int[] counts) {
    Map<Integer, Integer> m = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      m.merge(ids[i], counts[i], Integer::sum);
    }
    return m;
  }
}
