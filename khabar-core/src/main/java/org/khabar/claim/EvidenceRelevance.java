package org.khabar.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.model.TextLine;
import org.khabar.structure.ArticleStructure;
import org.khabar.text.WordToken;
import org.khabar.text.WordTokenizer;

/**
 * A line relevance model learnt from rationale lines: is this content line evidence about the claim? Trained on
 * the lines that annotators marked as justifying a page's stance (the {@code rationale} of the Baly et al. data,
 * given for agree and disagree pages) against the other lines of those pages and the lines of unrelated pages,
 * from claim-line features (IDF-weighted coverage of the claim's stems, its key terms, bigrams, the longest run of
 * claim stems, numbers, the neighbours' coverage, position, line shape, stance cues). Its page-level aggregates
 * ({@link #AGGREGATE_NAMES}: maximum and top-k relevance, the evidence lines' denial, hedge, refutation,
 * non-confirmation, negation and support cues) extend the stance features.
 *
 * <p>An experiment ({@code khabar eval stance --rationale}): see the package documentation for what it measured.
 * Immutable and thread-safe.
 */
public final class EvidenceRelevance {
  /** Claim-line features, in vector order. */
  public static final List<String> LINE_NAMES = List.of(
      "cov", "cov_rel", "key_cov", "bigram", "run", "num_match", "num_other", "match_share", "precision",
      "neighbour_cov", "position", "first", "log_words", "digit_share", "ends_sentence", "deny", "unconfirmed",
      "hedge", "refute", "negation", "support", "cov_sq", "rank");

  /** Page-level aggregates of the line relevances, in vector order. */
  public static final List<String> AGGREGATE_NAMES = List.of(
      "rel_max", "rel_top3", "rel_logit_max", "rel_sum", "rel_count50", "rel_lead", "ev_cov", "ev_deny",
      "ev_unconfirmed", "ev_hedge", "ev_refute", "ev_negation", "ev_support", "ev_run", "ev_disagree");

  /**
   * The L2 penalty of the line model (summed over lines, so about 0.06 per weight at 17,000 training lines): a
   * weaker one (1) fitted the training claims' lines better than the claim coverage alone yet ranked unseen claims'
   * rationale lines worse (held-out line AUC 0.863 against 0.875); 1000 ranks them at 0.895.
   */
  static final double LINE_L2 = 1000;
  /** The L2 penalty of the direction model (a few hundred rationale lines, about 30 of disagreeing pages). */
  static final double DIRECTION_L2 = 20;

  /** How many most relevant lines the evidence aggregates read. */
  static final int TOP = 3;
  private static final int CUE_FEATURE = LINE_NAMES.indexOf("deny");
  private static final int MAX_LINE = StanceFeatures.MAX_LINE;

  /**
   * The content lines of a page with their claim-line features.
   *
   * @param numbers the 1-based input line number of each content line
   * @param features the claim-line features of each line, {@link #LINE_NAMES} order
   */
  public record Page(int[] numbers, double[][] features) {
    public Page {
      if (numbers.length != features.length) {
        throw new IllegalArgumentException("a feature vector per line: " + numbers.length + " lines, "
            + features.length + " vectors");
      }
    }
  }

  private final double[] mean;
  private final double[] scale;
  /** {@code weights[0]} is the bias. */
  private final double[] weights;

  /**
   * The line model of direction: is an evidence line one of a disagreeing page (rather than an agreeing one)?
   * {mean, scale, weights}, or {@code null} when the training pages had no rationale of both kinds.
   */
  private final double[][] direction;

  private EvidenceRelevance(double[] mean, double[] scale, double[] weights, double[][] direction) {
    this.direction = direction;
    this.mean = mean;
    this.scale = scale;
    this.weights = weights;
  }

  /** The claim-line features of a page's content lines; never throws (bad input gives an empty page). */
  public static Page describe(String claim, ArticleStructure article) {
    return describe(claim, article, TermStatistics.standard(), Cues.standard());
  }

  static Page describe(String claim, ArticleStructure article, TermStatistics idf, Cues cues) {
    if (claim == null || article == null) {
      return new Page(new int[0], new double[0][]);
    }
    StanceFeatures.ClaimTerms claimTerms = StanceFeatures.ClaimTerms.of(claim, idf);
    List<String> cstems = claimTerms.stems();
    Map<String, Double> w = claimTerms.weights();
    double total = claimTerms.total();
    List<TextLine> content = article.content();
    int n = content.size();
    if (total == 0 || n == 0) {
      return new Page(new int[0], new double[0][]);
    }
    Set<String> keys = claimTerms.keys();
    double keyTotal = claimTerms.keyTotal();
    Set<String> cbigrams = claimTerms.bigrams();
    Set<String> cnums = claimTerms.numbers();
    int[] numbers = new int[n];
    double[][] f = new double[n][LINE_NAMES.size()];
    double maxCov = 0;
    for (int i = 0; i < n; i++) {
      TextLine line = content.get(i);
      numbers[i] = line.number();
      String text = line.text().length() > MAX_LINE ? line.text().substring(0, MAX_LINE) : line.text();
      List<WordToken> toks = Stems.WORDS.tokenize(text);
      List<String> ss = StanceFeatures.stems(toks);
      Set<String> uniq = new HashSet<>(ss);
      double cov = 0;
      int matched = 0;
      double key = 0;
      for (String x : uniq) {
        Double v = w.get(x);
        if (v != null) {
          cov += v;
          matched++;
          key += keys.contains(x) ? v : 0;
        }
      }
      int inClaim = 0;
      for (String x : ss) {
        inClaim += w.containsKey(x) ? 1 : 0;
      }
      int big = 0;
      if (!cbigrams.isEmpty()) {
        Set<String> lb = new HashSet<>();
        for (int j = 1; j < ss.size(); j++) {
          lb.add(ss.get(j - 1) + ' ' + ss.get(j));
        }
        for (String b : cbigrams) {
          big += lb.contains(b) ? 1 : 0;
        }
      }
      Set<String> lnums = WordTokenizer.numbers(toks);
      int digits = 0;
      int words = 0;
      for (WordToken t : toks) {
        if (t.word()) {
          words++;
          digits += Character.isDigit(t.key().charAt(0)) ? 1 : 0;
        }
      }
      double[] v = f[i];
      v[0] = cov / total;
      v[2] = keyTotal == 0 ? 0 : key / keyTotal;
      v[3] = cbigrams.isEmpty() ? 0 : big / (double) cbigrams.size();
      v[4] = longestRun(cstems, ss) / (double) Math.max(1, cstems.size());
      if (!cnums.isEmpty()) {
        int m = 0;
        for (String x : cnums) {
          m += lnums.contains(x) ? 1 : 0;
        }
        v[5] = m / (double) cnums.size();
        v[6] = !lnums.isEmpty() && m == 0 ? 1 : 0;
      }
      v[7] = matched / (double) w.size();
      v[8] = ss.isEmpty() ? 0 : inClaim / (double) ss.size();
      v[10] = n == 1 ? 0 : i / (double) (n - 1);
      v[11] = i == 0 ? 1 : 0;
      v[12] = Math.log1p(words) / 5;
      v[13] = words == 0 ? 0 : digits / (double) words;
      String trimmed = text.strip();
      v[14] = !trimmed.isEmpty() && WordTokenizer.isSentenceEnd(trimmed.charAt(trimmed.length() - 1)) ? 1 : 0;
      Map<Cues.Kind, Integer> c = cues.count(toks, 0, toks.size());
      for (Cues.Kind k : Cues.Kind.values()) {
        v[CUE_FEATURE + k.ordinal()] = Math.log1p(c.getOrDefault(k, 0));
      }
      v[21] = v[0] * v[0];
      maxCov = Math.max(maxCov, v[0]);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(f[b][0], f[a][0]));
    for (int r = 0; r < n; r++) {
      f[order[r]][22] = 1.0 / (1 + r);
    }
    for (int i = 0; i < n; i++) {
      f[i][1] = maxCov == 0 ? 0 : f[i][0] / maxCov;
      f[i][9] = Math.max(i > 0 ? f[i - 1][0] : 0, i + 1 < n ? f[i + 1][0] : 0);
    }
    return new Page(numbers, f);
  }

  /** The longest run of consecutive claim stems found consecutively in the line. */
  private static int longestRun(List<String> claim, List<String> line) {
    int best = 0;
    int m = claim.size();
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (String x : line) {
      for (int j = 1; j <= m; j++) {
        cur[j] = x.equals(claim.get(j - 1)) ? prev[j - 1] + 1 : 0;
        best = Math.max(best, cur[j]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return best;
  }

  /**
   * Trains the line model: a class-balanced L2 logistic regression of rationale lines against the other lines.
   *
   * @param pages the pages to learn from
   * @param evidence for each page, the 1-based input line numbers of its rationale lines; an empty set for a page
   *     with none (every line a negative); {@code null} for a page whose lines are unknown (skipped)
   */
  public static EvidenceRelevance train(List<Page> pages, List<Set<Integer>> evidence) {
    return train(pages, evidence, true);
  }

  /**
   * Trains the line model.
   *
   * @param otherLinesNegative whether the other lines of a page with rationale lines count as negatives (else only
   *     the lines of pages with an empty rationale set do: evidence about the claim against lines of pages that are
   *     not about it)
   */
  public static EvidenceRelevance train(List<Page> pages, List<Set<Integer>> evidence, boolean otherLinesNegative) {
    return train(pages, evidence, otherLinesNegative, null);
  }

  /**
   * Trains the line model and, given the pages' stances, a second line model of direction on the rationale lines
   * alone: lines of disagreeing pages against lines of agreeing ones (the {@code ev_disagree} aggregate).
   *
   * @param stances the gold stance of each page, or {@code null} for no direction model
   */
  public static EvidenceRelevance train(List<Page> pages, List<Set<Integer>> evidence, boolean otherLinesNegative,
      List<ArticleStance> stances) {
    if (pages.size() != evidence.size()) {
      throw new IllegalArgumentException("a rationale set per page: " + pages.size() + " pages, "
          + evidence.size() + " sets");
    }
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      Set<Integer> ev = evidence.get(p);
      if (ev == null) {
        continue;
      }
      Page page = pages.get(p);
      for (int i = 0; i < page.numbers().length; i++) {
        boolean y = ev.contains(page.numbers()[i]);
        if (y || otherLinesNegative || ev.isEmpty()) {
          xs.add(page.features()[i]);
          ys.add(y);
        }
      }
    }
    double[][] fit = Logistic.fit(xs, ys, LINE_L2, 400);
    double[][] direction = null;
    if (stances != null) {
      List<double[]> dx = new ArrayList<>();
      List<Boolean> dy = new ArrayList<>();
      for (int p = 0; p < pages.size(); p++) {
        Set<Integer> ev = evidence.get(p);
        ArticleStance s = stances.get(p);
        if (ev == null || ev.isEmpty() || (s != ArticleStance.AGREE && s != ArticleStance.DISAGREE)) {
          continue;
        }
        Page page = pages.get(p);
        for (int i = 0; i < page.numbers().length; i++) {
          if (ev.contains(page.numbers()[i])) {
            dx.add(page.features()[i]);
            dy.add(s == ArticleStance.DISAGREE);
          }
        }
      }
      if (dy.contains(true) && dy.contains(false)) {
        direction = Logistic.fit(dx, dy, DIRECTION_L2, 400);
      }
    }
    return new EvidenceRelevance(fit[0], fit[1], fit[2], direction);
  }

  /** The probability that each line of the page is evidence about the claim. */
  public double[] relevance(Page page) {
    double[] out = new double[page.numbers().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Logistic.probability(mean, scale, weights, page.features()[i]);
    }
    return out;
  }

  /** The page-level aggregates of {@link #AGGREGATE_NAMES}. */
  public double[] aggregates(Page page) {
    double[] a = new double[AGGREGATE_NAMES.size()];
    double[] r = relevance(page);
    if (r.length == 0) {
      return a;
    }
    Integer[] order = new Integer[r.length];
    for (int i = 0; i < r.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(r[y], r[x]));
    a[0] = r[order[0]];
    double top = 0;
    for (int k = 0; k < Math.min(TOP, r.length); k++) {
      top += r[order[k]];
    }
    a[1] = top / TOP;
    double p = Math.min(1 - 1e-6, Math.max(1e-6, a[0]));
    a[2] = Math.log(p / (1 - p)) / 5;
    double sum = 0;
    int c50 = 0;
    for (double v : r) {
      sum += v;
      c50 += v >= 0.5 ? 1 : 0;
    }
    a[3] = Math.log1p(sum);
    a[4] = Math.log1p(c50);
    for (int i = 0; i < Math.min(3, r.length); i++) {
      a[5] = Math.max(a[5], r[i]);
    }
    double[] best = page.features()[order[0]];
    a[6] = best[0];
    a[13] = best[4];
    double weight = 0;
    for (int k = 0; k < Math.min(TOP, r.length); k++) {
      double[] f = page.features()[order[k]];
      for (int c = 0; c < Cues.Kind.values().length; c++) {
        a[7 + c] += r[order[k]] * f[CUE_FEATURE + c];
      }
      if (direction != null) {
        a[14] += r[order[k]] * Logistic.probability(direction[0], direction[1], direction[2], f);
        weight += r[order[k]];
      }
    }
    a[14] = weight == 0 ? 0 : a[14] / weight;
    return a;
  }

  /** A small class-balanced binary logistic regression (standardised features, L2, Adam steps). */
  static final class Logistic {
    private Logistic() {}

    /** Returns {mean, scale, weights (bias first)}. */
    static double[][] fit(List<double[]> xs, List<Boolean> ys, double l2, int iterations) {
      int f = xs.isEmpty() ? 0 : xs.get(0).length;
      int n = xs.size();
      double[] mean = new double[f];
      double[] scale = new double[f];
      Arrays.fill(scale, 1);
      double[] w = new double[f + 1];
      int pos = 0;
      for (boolean y : ys) {
        pos += y ? 1 : 0;
      }
      if (n == 0 || pos == 0 || pos == n) {
        w[0] = n == 0 ? -5 : Math.log((pos + 0.5) / (n - pos + 0.5));
        return new double[][] {mean, scale, w};
      }
      Standardised st = Standardised.of(xs);
      mean = st.mean();
      scale = st.scale();
      double[][] z = st.z();
      double wPos = n / (2.0 * pos);
      double wNeg = n / (2.0 * (n - pos));
      double[] m1 = new double[f + 1];
      double[] m2 = new double[f + 1];
      for (int it = 1; it <= iterations; it++) {
        double[] g = new double[f + 1];
        for (int i = 0; i < n; i++) {
          double s = w[0];
          for (int j = 0; j < f; j++) {
            s += w[j + 1] * z[i][j];
          }
          double p = 1 / (1 + Math.exp(-s));
          boolean y = ys.get(i);
          double d = (y ? wPos : wNeg) * (p - (y ? 1 : 0)) / n;
          g[0] += d;
          for (int j = 0; j < f; j++) {
            g[j + 1] += d * z[i][j];
          }
        }
        for (int j = 0; j <= f; j++) {
          double gj = g[j] + (j == 0 ? 0 : l2 * w[j] / n);
          m1[j] = 0.9 * m1[j] + 0.1 * gj;
          m2[j] = 0.999 * m2[j] + 0.001 * gj * gj;
          double mh = m1[j] / (1 - Math.pow(0.9, it));
          double vh = m2[j] / (1 - Math.pow(0.999, it));
          w[j] -= 0.05 * mh / (Math.sqrt(vh) + 1e-8);
        }
      }
      return new double[][] {mean, scale, w};
    }

    static double probability(double[] mean, double[] scale, double[] w, double[] x) {
      double s = w[0];
      for (int j = 0; j < x.length; j++) {
        s += w[j + 1] * (x[j] - mean[j]) / scale[j];
      }
      return 1 / (1 + Math.exp(-s));
    }
  }
}
