package org.khabar.claim;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khabar.text.KnowledgeFile;

/**
 * The stance learner over {@link StanceFeatures}, trained by khabar's own code: a multinomial logistic regression
 * (standardised features, class weights inversely proportional to class frequency so that the rare
 * {@code disagree} counts, L2 regularisation, full-batch gradient descent with Adam steps), optionally
 * gradient-boosted trees or the mean of both, and per-class decision offsets chosen by a nested cross-validation
 * grouped by claim.
 *
 * <p>The shipped settings ({@link Options#defaults()}) are the logistic regression alone without offsets: on the
 * grouped cross-validation of the Baly et al. data the boosted trees, the blend and the tuned offsets did not raise
 * the mean macro-F1 over seeds (see {@code khabar eval stance --learner ... --tune ...}).
 *
 * <p>The shipped weights ({@code stance-model.tsv}) are rebuilt by {@code khabar train stance --data FILE}.
 * Immutable and thread-safe.
 */
public final class StanceModel {
  static final String RESOURCE = "stance-model.tsv";
  private static final int K = ArticleStance.values().length;

  /** Which learner decides. */
  public enum Learner {
    /** The multinomial logistic regression alone. */
    LOGISTIC,
    /** Gradient-boosted trees alone. */
    BOOSTED,
    /** The mean of both learners' probabilities. */
    BLEND
  }

  /**
   * Training settings.
   *
   * @param l2 the logistic regression's L2 penalty
   * @param iterations the logistic regression's gradient steps
   * @param classWeightPower class weights are {@code (n / (K * count))^power}: 0 unweighted, 1 balanced
   * @param learner which learner decides
   * @param rounds boosting rounds
   * @param depth depth of each boosted tree
   * @param shrinkage the boosting learning rate
   * @param tuneOffsets whether per-class decision offsets are chosen by an inner cross-validation grouped by claim
   *     (needs the claim of each pair, see {@link #train(List, List, int[], Options)})
   * @param seed seed of row subsampling and of the inner folds
   */
  public record Options(double l2, int iterations, double classWeightPower, Learner learner, int rounds, int depth,
      double shrinkage, boolean tuneOffsets, long seed) {
    public Options {
      if (l2 < 0 || iterations < 1 || classWeightPower < 0 || learner == null || rounds < 1 || depth < 1
          || depth > 8 || shrinkage <= 0) {
        throw new IllegalArgumentException("bad training options: " + l2 + ", " + iterations + ", "
            + classWeightPower + ", " + learner + ", " + rounds + ", " + depth + ", " + shrinkage);
      }
    }

    /** Logistic regression alone, no tuned offsets. */
    public Options(double l2, int iterations, double classWeightPower) {
      this(l2, iterations, classWeightPower, Learner.LOGISTIC, 1, 1, 0.1, false, 1);
    }

    /** The settings the shipped model is trained with. */
    public static Options defaults() {
      return new Options(0.1, 1500, 0.5, Learner.LOGISTIC, 150, 2, 0.05, false, 1);
    }

    /** The same settings with another learner. */
    public Options withLearner(Learner l) {
      return new Options(l2, iterations, classWeightPower, l, rounds, depth, shrinkage, tuneOffsets, seed);
    }

    /** The same settings with or without tuned offsets. */
    public Options withTuning(boolean tune) {
      return new Options(l2, iterations, classWeightPower, learner, rounds, depth, shrinkage, tune, seed);
    }

    /** The same settings with another seed. */
    public Options withSeed(long s) {
      return new Options(l2, iterations, classWeightPower, learner, rounds, depth, shrinkage, tuneOffsets, s);
    }
  }

  /** Folds of the inner cross-validation that chooses the decision offsets. */
  static final int INNER_FOLDS = 4;
  /** Offsets tried for each class, in log-probability units. */
  static final double[] OFFSET_GRID = {-1, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3};

  private final List<String> names;
  private final double[] mean;
  private final double[] scale;
  /** {@code weights[k][0]} is class k's bias; {@code weights[k][j + 1]} the weight of feature j. */
  private final double[][] weights;
  /** The boosted trees, or null for logistic regression alone. */
  private final BoostedTrees boosted;
  /** The share of the logistic regression in the blended probabilities. */
  private final double logisticShare;
  /** Added to each class's log-probability before the argmax. */
  private final double[] offsets;

  private static volatile StanceModel standard;

  private StanceModel(List<String> names, double[] mean, double[] scale, double[][] weights, BoostedTrees boosted,
      double logisticShare, double[] offsets) {
    this.names = List.copyOf(names);
    this.mean = mean;
    this.scale = scale;
    this.weights = weights;
    this.boosted = boosted;
    this.logisticShare = boosted == null ? 1 : logisticShare;
    this.offsets = offsets;
  }

  private StanceModel withOffsets(double[] o) {
    return new StanceModel(names, mean, scale, weights, boosted, logisticShare, o.clone());
  }

  /** The decision offsets added to each class's log-probability, in {@link ArticleStance} order. */
  public double[] offsets() {
    return offsets.clone();
  }

  /** The shipped model. */
  public static StanceModel standard() {
    StanceModel m = standard;
    if (m == null) {
      synchronized (StanceModel.class) {
        m = standard;
        if (m == null) {
          KnowledgeFile.Contents c = KnowledgeFile.find(StanceModel.class, RESOURCE).orElseThrow(
              () -> new IllegalStateException("missing resource org/khabar/claim/" + RESOURCE
                  + "; rebuild it with: khabar train stance --data FILE"));
          try {
            m = read(c);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
          }
          standard = m;
        }
      }
    }
    return m;
  }

  /** The probability of each class, in {@link ArticleStance} order (before the decision offsets). */
  public double[] probabilities(double[] x) {
    if (x.length != mean.length) {
      throw new IllegalArgumentException("expected " + mean.length + " features, got " + x.length);
    }
    double[] p = new double[K];
    if (logisticShare > 0) {
      double[] z = new double[x.length];
      for (int j = 0; j < x.length; j++) {
        z[j] = (x[j] - mean[j]) / scale[j];
      }
      double[] pl = softmax(weights, z);
      for (int k = 0; k < K; k++) {
        p[k] += logisticShare * pl[k];
      }
    }
    if (boosted != null && logisticShare < 1) {
      double[] pb = boosted.probabilities(x);
      for (int k = 0; k < K; k++) {
        p[k] += (1 - logisticShare) * pb[k];
      }
    }
    return p;
  }

  /** The class of highest offset log-probability. */
  public ArticleStance predict(double[] x) {
    return decide(probabilities(x), offsets);
  }

  /** The class of highest log-probability plus offset. */
  static ArticleStance decide(double[] p, double[] offsets) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < K; k++) {
      double v = Math.log(Math.max(p[k], 1e-12)) + offsets[k];
      if (v > bestScore) {
        bestScore = v;
        best = k;
      }
    }
    return ArticleStance.values()[best];
  }

  private static double[] softmax(double[][] w, double[] z) {
    double[] s = new double[K];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < K; k++) {
      double v = w[k][0];
      for (int j = 0; j < z.length; j++) {
        v += w[k][j + 1] * z[j];
      }
      s[k] = v;
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int k = 0; k < K; k++) {
      s[k] = Math.exp(s[k] - max);
      sum += s[k];
    }
    for (int k = 0; k < K; k++) {
      s[k] /= sum;
    }
    return s;
  }

  /**
   * Trains a model without offsets tuning (no claim groups are known).
   *
   * @param xs feature vectors, all of {@link StanceFeatures#NAMES} length
   * @param ys their gold classes
   */
  public static StanceModel train(List<double[]> xs, List<ArticleStance> ys, Options o) {
    return train(xs, ys, null, o);
  }

  /**
   * Trains a model; with {@link Options#tuneOffsets()} and claim groups, the decision offsets of the rare classes
   * are chosen on out-of-fold probabilities of an inner cross-validation over these pairs only, grouped by claim, so
   * that an outer evaluation fold is never seen by the tuning.
   *
   * @param xs feature vectors, all of one length
   * @param ys their gold classes
   * @param groups the claim of each pair (pairs of one claim never straddle inner folds), or null
   */
  public static StanceModel train(List<double[]> xs, List<ArticleStance> ys, int[] groups, Options o) {
    StanceModel model = fit(xs, ys, o);
    if (!o.tuneOffsets() || groups == null) {
      return model;
    }
    if (groups.length != xs.size()) {
      throw new IllegalArgumentException("need a group per vector: " + groups.length + " groups, " + xs.size()
          + " vectors");
    }
    int[] fold = groupFolds(groups, INNER_FOLDS, o.seed());
    List<double[]> oof = new ArrayList<>(java.util.Collections.nCopies(xs.size(), (double[]) null));
    for (int f = 0; f < INNER_FOLDS; f++) {
      List<double[]> tx = new ArrayList<>();
      List<ArticleStance> ty = new ArrayList<>();
      for (int i = 0; i < xs.size(); i++) {
        if (fold[i] != f) {
          tx.add(xs.get(i));
          ty.add(ys.get(i));
        }
      }
      if (tx.isEmpty() || tx.size() == xs.size()) {
        continue;
      }
      StanceModel inner = fit(tx, ty, o);
      for (int i = 0; i < xs.size(); i++) {
        if (fold[i] == f) {
          oof.set(i, inner.probabilities(xs.get(i)));
        }
      }
    }
    List<double[]> ps = new ArrayList<>();
    List<ArticleStance> gs = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      if (oof.get(i) != null) {
        ps.add(oof.get(i));
        gs.add(ys.get(i));
      }
    }
    return model.withOffsets(chooseOffsets(ps, gs));
  }

  /**
   * Deals groups into folds at random: every member of a group gets its group's fold.
   *
   * @return the fold of each member, in [0, folds)
   */
  public static int[] groupFolds(int[] groups, int folds, long seed) {
    java.util.Map<Integer, Integer> index = new java.util.LinkedHashMap<>();
    for (int g : groups) {
      index.putIfAbsent(g, index.size());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new java.util.Random(seed));
    int[] foldOfGroup = new int[index.size()];
    for (int i = 0; i < order.size(); i++) {
      foldOfGroup[order.get(i)] = i % folds;
    }
    int[] out = new int[groups.length];
    for (int i = 0; i < groups.length; i++) {
      out[i] = foldOfGroup[index.get(groups[i])];
    }
    return out;
  }

  /**
   * The offsets that maximise macro-F1 on given probabilities, by coordinate ascent over {@link #OFFSET_GRID}
   * (unrelated stays at 0: only the differences matter); ties keep the smaller change.
   */
  static double[] chooseOffsets(List<double[]> ps, List<ArticleStance> gold) {
    double[] o = new double[K];
    double best = macroF1(ps, gold, o);
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < K - 1; k++) {
        double keep = o[k];
        double bestV = keep;
        for (double v : OFFSET_GRID) {
          o[k] = v;
          double m = macroF1(ps, gold, o);
          if (m > best + 1e-9 || (Math.abs(m - best) <= 1e-9 && Math.abs(v) < Math.abs(bestV))) {
            best = Math.max(best, m);
            bestV = v;
          }
        }
        o[k] = bestV;
      }
    }
    return o;
  }

  /** Macro-F1 over the four classes of decisions with given offsets. */
  static double macroF1(List<double[]> ps, List<ArticleStance> gold, double[] offsets) {
    int[] tp = new int[K];
    int[] pred = new int[K];
    int[] gc = new int[K];
    for (int i = 0; i < ps.size(); i++) {
      int g = gold.get(i).ordinal();
      int p = decide(ps.get(i), offsets).ordinal();
      gc[g]++;
      pred[p]++;
      tp[g] += g == p ? 1 : 0;
    }
    double m = 0;
    for (int k = 0; k < K; k++) {
      m += pred[k] + gc[k] == 0 ? 0 : 2.0 * tp[k] / (pred[k] + gc[k]) / K;
    }
    return m;
  }

  private static StanceModel fit(List<double[]> xs, List<ArticleStance> ys, Options o) {
    if (xs.isEmpty() || xs.size() != ys.size()) {
      throw new IllegalArgumentException("need as many labels as vectors, at least one: " + xs.size() + " vectors, "
          + ys.size() + " labels");
    }
    int n = xs.size();
    int f = xs.get(0).length;
    Standardised st = Standardised.of(xs);
    double[] mean = st.mean();
    double[] scale = st.scale();
    double[][] z = st.z();
    int[] count = new int[K];
    for (ArticleStance y : ys) {
      count[y.ordinal()]++;
    }
    double[] cw = new double[K];
    double norm = 0;
    for (int k = 0; k < K; k++) {
      cw[k] = count[k] == 0 ? 0 : Math.pow(n / (double) (K * count[k]), o.classWeightPower());
      norm += cw[k] * count[k];
    }
    for (int k = 0; k < K; k++) {
      cw[k] *= n / norm;
    }
    double[][] w = new double[K][f + 1];
    double[][] m1 = new double[K][f + 1];
    double[][] m2 = new double[K][f + 1];
    double lr = 0.05;
    double b1 = 0.9;
    double b2 = 0.999;
    int iterations = o.learner() == Learner.BOOSTED ? 0 : o.iterations();
    for (int it = 1; it <= iterations; it++) {
      double[][] g = new double[K][f + 1];
      for (int i = 0; i < n; i++) {
        double[] p = softmax(w, z[i]);
        int y = ys.get(i).ordinal();
        double wi = cw[y] / n;
        for (int k = 0; k < K; k++) {
          double d = wi * (p[k] - (k == y ? 1 : 0));
          g[k][0] += d;
          for (int j = 0; j < f; j++) {
            g[k][j + 1] += d * z[i][j];
          }
        }
      }
      for (int k = 0; k < K; k++) {
        for (int j = 0; j <= f; j++) {
          double gj = g[k][j] + (j == 0 ? 0 : o.l2() * w[k][j]);
          m1[k][j] = b1 * m1[k][j] + (1 - b1) * gj;
          m2[k][j] = b2 * m2[k][j] + (1 - b2) * gj * gj;
          double mh = m1[k][j] / (1 - Math.pow(b1, it));
          double vh = m2[k][j] / (1 - Math.pow(b2, it));
          w[k][j] -= lr * mh / (Math.sqrt(vh) + 1e-8);
        }
      }
    }
    BoostedTrees trees = null;
    if (o.learner() != Learner.LOGISTIC) {
      double[][] raw = xs.toArray(new double[0][]);
      int[] yi = new int[n];
      double[] rw = new double[n];
      for (int i = 0; i < n; i++) {
        yi[i] = ys.get(i).ordinal();
        rw[i] = cw[yi[i]];
      }
      trees = BoostedTrees.fit(raw, yi, rw, K,
          new BoostedTrees.Settings(o.rounds(), o.depth(), o.shrinkage(), 0.8, 5, o.seed()));
    }
    double share = switch (o.learner()) {
      case LOGISTIC -> 1;
      case BOOSTED -> 0;
      case BLEND -> 0.5;
    };
    return new StanceModel(StanceFeatures.NAMES.size() == f ? StanceFeatures.NAMES : numbered(f), mean, scale, w,
        trees, share, new double[K]);
  }

  private static List<String> numbered(int f) {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < f; j++) {
      out.add("f" + j);
    }
    return out;
  }

  /** Writes the model as text: a source line, then one row per feature: name, mean, scale, a weight per class. */
  public void write(Writer out, String source) throws IOException {
    out.write("# source: " + source.replace('\n', ' ') + "\n");
    StringBuilder h = new StringBuilder("# feature\tmean\tscale");
    for (ArticleStance s : ArticleStance.values()) {
      h.append('\t').append(s.wireName());
    }
    out.write(h.append('\n').toString());
    StringBuilder bias = new StringBuilder("(bias)\t0\t1");
    for (int k = 0; k < K; k++) {
      bias.append('\t').append(fmt(weights[k][0]));
    }
    out.write(bias.append('\n').toString());
    for (int j = 0; j < mean.length; j++) {
      StringBuilder row = new StringBuilder(names.get(j)).append('\t').append(fmt(mean[j])).append('\t')
          .append(fmt(scale[j]));
      for (int k = 0; k < K; k++) {
        row.append('\t').append(fmt(weights[k][j + 1]));
      }
      out.write(row.append('\n').toString());
    }
    StringBuilder off = new StringBuilder("offsets");
    for (int k = 0; k < K; k++) {
      off.append('\t').append(fmt(offsets[k]));
    }
    out.write(off.append('\n').toString());
    out.write("logistic-share\t" + fmt(logisticShare) + "\n");
    if (boosted != null) {
      for (String l : boosted.lines()) {
        out.write(l + "\n");
      }
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }

  /** Reads a model written by {@link #write}; refuses one whose features differ from {@link StanceFeatures}. */
  public static StanceModel read(Reader in) throws IOException {
    return read(KnowledgeFile.read("stance model", in));
  }

  private static StanceModel read(KnowledgeFile.Contents file) throws IOException {
    if (!file.sourced()) {
      throw new IOException("not a stance model: the first line must be '# source: ...'");
    }
    List<String> names = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    double[] bias = null;
    double[] offsets = new double[K];
    double share = 1;
    List<String> treeLines = new ArrayList<>();
    for (KnowledgeFile.Row row : file.rows()) {
      String l = row.text();
      int lineNo = row.line();
      String[] c = l.split("\t");
      if (c[0].equals("base") || c[0].equals("tree")) {
        treeLines.add(l);
        continue;
      }
      try {
        if (c[0].equals("offsets") && c.length == 1 + K) {
          for (int k = 0; k < K; k++) {
            offsets[k] = Double.parseDouble(c[k + 1]);
          }
          continue;
        }
        if (c[0].equals("logistic-share") && c.length == 2) {
          share = Double.parseDouble(c[1]);
          continue;
        }
      } catch (NumberFormatException e) {
        throw new IOException("stance model line " + lineNo + ": " + e.getMessage(), e);
      }
      if (c.length != 3 + K) {
        throw new IOException("stance model line " + lineNo + ": expected " + (3 + K) + " columns");
      }
      double[] v = new double[2 + K];
      for (int i = 1; i < c.length; i++) {
        v[i - 1] = Double.parseDouble(c[i]);
      }
      if (c[0].equals("(bias)")) {
        bias = v;
      } else {
        names.add(c[0]);
        rows.add(v);
      }
    }
    if (bias == null || !names.equals(StanceFeatures.NAMES)) {
      throw new IOException("stance model does not match this version's features; retrain with khabar train stance");
    }
    int f = names.size();
    double[] mean = new double[f];
    double[] scale = new double[f];
    double[][] w = new double[K][f + 1];
    for (int k = 0; k < K; k++) {
      w[k][0] = bias[2 + k];
    }
    for (int j = 0; j < f; j++) {
      mean[j] = rows.get(j)[0];
      scale[j] = rows.get(j)[1];
      for (int k = 0; k < K; k++) {
        w[k][j + 1] = rows.get(j)[2 + k];
      }
    }
    BoostedTrees trees = null;
    if (!treeLines.isEmpty()) {
      try {
        trees = BoostedTrees.parse(treeLines, K, f);
      } catch (IllegalArgumentException e) {
        throw new IOException("stance model trees: " + e.getMessage(), e);
      }
    }
    if (trees == null && share < 1) {
      throw new IOException("stance model has a boosted share but no trees");
    }
    return new StanceModel(names, mean, scale, w, trees, share, offsets);
  }
}
