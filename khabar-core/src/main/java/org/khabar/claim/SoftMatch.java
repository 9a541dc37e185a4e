package org.khabar.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Soft matching of a claim against an article with {@link WordVectors}: a claim stem is matched by the article stem
 * of most similar meaning (cosine of their vectors; 1 for the stem itself), so that a page saying the claim with
 * other words still covers it; and the cosine of IDF-weighted mean vectors (claim against article, best sentence,
 * lead).
 *
 * <p>An experiment, kept reproducible by {@code khabar eval stance --vectors FILE}: on the Baly et al. fold these
 * features separate {@code discuss} from {@code unrelated} no better than exact overlap (AUC 0.62 to 0.70) and lift
 * the cross-validated macro-F1 by less than the spread between seeds, so the shipped model does not use them.
 *
 * <p>Stateless and thread-safe.
 */
final class SoftMatch {
  private SoftMatch() {}

  /** The features' names, in vector order. */
  static final List<String> NAMES = List.of(
      "soft_doc", "soft_best", "soft_top3", "soft_lead", "vec_doc", "vec_best", "vec_lead", "soft_gain",
      "soft_doc_t", "soft_best_t", "keysoft_best", "joint_best", "joint_top3");

  /**
   * Writes the features of {@link #NAMES} into {@code f} from index {@code at}.
   *
   * @param keys the claim's key (rarest) stems
   * @param w the claim's stems with their IDF weights
   * @param sentences the article's sentences (or windows) with their stems
   * @param tf the article's stems with their frequencies
   * @param title the article's title, or {@code null}
   */
  static void fill(double[] f, int at, WordVectors vectors, TermStatistics idf, Set<String> keys,
      Map<String, Double> w, List<StanceFeatures.Scored> sentences, Map<String, Integer> tf, String title) {
    double total = 0;
    for (double v : w.values()) {
      total += v;
    }
    if (total == 0) {
      return;
    }
    List<String> cs = new ArrayList<>(w.keySet());
    int k = cs.size();
    double[] cw = new double[k];
    float[][] cv = new float[k][];
    for (int i = 0; i < k; i++) {
      cw[i] = w.get(cs.get(i));
      cv[i] = vectors.vector(cs.get(i));
    }
    Map<String, double[]> sims = new HashMap<>();
    for (String d : tf.keySet()) {
      double[] sim = new double[k];
      float[] dv = vectors.vector(d);
      for (int i = 0; i < k; i++) {
        if (d.equals(cs.get(i))) {
          sim[i] = 1;
        } else if (dv != null && cv[i] != null) {
          sim[i] = Math.max(0, WordVectors.cosine(dv, cv[i]));
        }
      }
      sims.put(d, sim);
    }
    double[] claimVec = mean(vectors, cs, cw);
    double[] docMax = new double[k];
    List<Double> sentSoft = new ArrayList<>();
    double bestVec = 0;
    double lead = 0;
    double[] leadVec = null;
    for (int j = 0; j < sentences.size(); j++) {
      StanceFeatures.Scored sc = sentences.get(j);
      double[] m = bestSimilarities(sc.stems(), sims, k);
      double c = 0;
      for (int i = 0; i < k; i++) {
        docMax[i] = Math.max(docMax[i], m[i]);
        c += cw[i] * m[i];
      }
      sentSoft.add(c / total);
      if (j < 3) {
        lead = Math.max(lead, c / total);
      }
      List<String> ss = sc.stems();
      if (ss.size() >= 3) {
        double[] sv = idfMean(vectors, idf, ss);
        bestVec = Math.max(bestVec, cos(claimVec, sv));
        if (j < 3) {
          leadVec = add(leadVec, sv);
        }
      }
    }
    double c = 0;
    for (int i = 0; i < k; i++) {
      c += cw[i] * docMax[i];
    }
    f[at] = c / total;
    bestAndTopMean(sentSoft, f, at + 1);
    f[at + 3] = lead;
    double[] docVec = null;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      float[] v = vectors.vector(e.getKey());
      if (v != null) {
        docVec = axpy(docVec, (1 + Math.log(e.getValue())) * idf.idf(e.getKey()), v);
      }
    }
    f[at + 4] = cos(claimVec, docVec);
    f[at + 5] = bestVec;
    if (title != null) {
      leadVec = add(leadVec, idfMean(vectors, idf, StanceFeatures.stems(Stems.WORDS.tokenize(title))));
    }
    f[at + 6] = cos(claimVec, leadVec);
    f[at + 7] = f[at] - f[StanceFeatures.NAMES.indexOf("doc_cov")];
    // thresholded similarity (near-synonyms and inflections only), key terms matched exactly
    double keyW = 0;
    boolean[] isKey = new boolean[k];
    for (int i = 0; i < k; i++) {
      isKey[i] = keys.contains(cs.get(i));
      keyW += isKey[i] ? cw[i] : 0;
    }
    double[] docT = new double[k];
    double bestT = 0;
    double bestKeySoft = 0;
    List<Double> joint = new ArrayList<>();
    for (StanceFeatures.Scored sc : sentences) {
      double[] m = bestSimilarities(sc.stems(), sims, k);
      double t = 0;
      double ks = 0;
      double keyPart = 0;
      double restPart = 0;
      for (int i = 0; i < k; i++) {
        double thr = m[i] >= THRESHOLD ? m[i] : 0;
        docT[i] = Math.max(docT[i], thr);
        t += cw[i] * thr;
        double exact = m[i] >= 1 ? 1 : 0;
        ks += cw[i] * (isKey[i] ? exact : m[i]);
        if (isKey[i]) {
          keyPart += cw[i] * exact;
        } else {
          restPart += cw[i] * m[i];
        }
      }
      bestT = Math.max(bestT, t / total);
      bestKeySoft = Math.max(bestKeySoft, ks / total);
      double restW = total - keyW;
      joint.add((keyW == 0 ? 1 : keyPart / keyW) * (restW <= 0 ? 1 : restPart / restW));
    }
    double dt = 0;
    for (int i = 0; i < k; i++) {
      dt += cw[i] * docT[i];
    }
    f[at + 8] = dt / total;
    f[at + 9] = bestT;
    f[at + 10] = bestKeySoft;
    bestAndTopMean(joint, f, at + 11);
  }

  /** Similarity below which two different stems do not count as a match for the thresholded features. */
  static final double THRESHOLD = 0.5;

  /**
   * Writes the best of the sentences' scores to {@code f[at]} and the sum of the {@link StanceFeatures#TOP} best over
   * {@code TOP} to {@code f[at + 1]} (0 for none).
   */
  private static void bestAndTopMean(List<Double> scores, double[] f, int at) {
    List<Double> ranked = new ArrayList<>(scores);
    ranked.sort(Comparator.reverseOrder());
    f[at] = ranked.isEmpty() ? 0 : ranked.get(0);
    double sum = 0;
    for (int i = 0; i < Math.min(StanceFeatures.TOP, ranked.size()); i++) {
      sum += ranked.get(i);
    }
    f[at + 1] = sum / StanceFeatures.TOP;
  }

  /**
   * For each of the claim's {@code k} stems, its best similarity to any of a sentence's stems ({@code sims} maps a
   * document stem to its similarities to the claim's stems; a stem missing from it counts 0).
   */
  private static double[] bestSimilarities(List<String> stems, Map<String, double[]> sims, int k) {
    double[] m = new double[k];
    for (String st : stems) {
      double[] sim = sims.get(st);
      if (sim == null) {
        continue;
      }
      for (int i = 0; i < k; i++) {
        m[i] = Math.max(m[i], sim[i]);
      }
    }
    return m;
  }

  private static double[] mean(WordVectors vectors, List<String> stems, double[] weights) {
    double[] out = null;
    for (int i = 0; i < stems.size(); i++) {
      float[] v = vectors.vector(stems.get(i));
      if (v != null) {
        out = axpy(out, weights[i], v);
      }
    }
    return out;
  }

  private static double[] idfMean(WordVectors vectors, TermStatistics idf, List<String> stems) {
    double[] out = null;
    for (String st : stems) {
      float[] v = vectors.vector(st);
      if (v != null) {
        out = axpy(out, idf.idf(st), v);
      }
    }
    return out;
  }

  private static double[] axpy(double[] y, double a, float[] x) {
    double[] out = y == null ? new double[x.length] : y;
    for (int d = 0; d < x.length; d++) {
      out[d] += a * x[d];
    }
    return out;
  }

  private static double[] add(double[] y, double[] x) {
    if (x == null) {
      return y;
    }
    double[] out = y == null ? new double[x.length] : y;
    for (int d = 0; d < x.length; d++) {
      out[d] += x[d];
    }
    return out;
  }

  private static double cos(double[] a, double[] b) {
    if (a == null || b == null) {
      return 0;
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int d = 0; d < a.length; d++) {
      dot += a[d] * b[d];
      na += a[d] * a[d];
      nb += b[d] * b[d];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
