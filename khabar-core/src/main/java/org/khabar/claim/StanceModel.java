package org.khabar.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A multinomial logistic regression over {@link StanceFeatures}, trained by khabar's own code: standardised
 * features, class weights inversely proportional to class frequency (so that the rare {@code disagree} counts),
 * L2 regularisation, full-batch gradient descent with Adam steps.
 *
 * <p>The shipped weights ({@code stance-model.tsv}) are rebuilt by {@code khabar train stance --data FILE}.
 * Immutable and thread-safe.
 */
public final class StanceModel {
  static final String RESOURCE = "stance-model.tsv";
  private static final int K = ArticleStance.values().length;

  /** Training settings. */
  public record Options(double l2, int iterations, double classWeightPower) {
    public Options {
      if (l2 < 0 || iterations < 1 || classWeightPower < 0) {
        throw new IllegalArgumentException("bad training options: " + l2 + ", " + iterations + ", "
            + classWeightPower);
      }
    }

    /** The settings the shipped model is trained with. */
    public static Options defaults() {
      return new Options(0.1, 1500, 0.5);
    }
  }

  private final List<String> names;
  private final double[] mean;
  private final double[] scale;
  /** {@code weights[k][0]} is class k's bias; {@code weights[k][j + 1]} the weight of feature j. */
  private final double[][] weights;

  private static volatile StanceModel standard;

  private StanceModel(List<String> names, double[] mean, double[] scale, double[][] weights) {
    this.names = List.copyOf(names);
    this.mean = mean;
    this.scale = scale;
    this.weights = weights;
  }

  /** The shipped model. */
  public static StanceModel standard() {
    StanceModel m = standard;
    if (m == null) {
      synchronized (StanceModel.class) {
        m = standard;
        if (m == null) {
          InputStream in = StanceModel.class.getResourceAsStream(RESOURCE);
          if (in == null) {
            throw new IllegalStateException("missing resource org/khabar/claim/" + RESOURCE
                + "; rebuild it with: khabar train stance --data FILE");
          }
          try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            m = read(r);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
          }
          standard = m;
        }
      }
    }
    return m;
  }

  /** The probability of each class, in {@link ArticleStance} order. */
  public double[] probabilities(double[] x) {
    if (x.length != mean.length) {
      throw new IllegalArgumentException("expected " + mean.length + " features, got " + x.length);
    }
    double[] z = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      z[j] = (x[j] - mean[j]) / scale[j];
    }
    return softmax(weights, z);
  }

  /** The most probable class. */
  public ArticleStance predict(double[] x) {
    double[] p = probabilities(x);
    int best = 0;
    for (int k = 1; k < K; k++) {
      if (p[k] > p[best]) {
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
   * Trains a model.
   *
   * @param xs feature vectors, all of {@link StanceFeatures#NAMES} length
   * @param ys their gold classes
   */
  public static StanceModel train(List<double[]> xs, List<ArticleStance> ys, Options o) {
    if (xs.isEmpty() || xs.size() != ys.size()) {
      throw new IllegalArgumentException("need as many labels as vectors, at least one: " + xs.size() + " vectors, "
          + ys.size() + " labels");
    }
    int n = xs.size();
    int f = xs.get(0).length;
    double[] mean = new double[f];
    double[] scale = new double[f];
    for (double[] x : xs) {
      if (x.length != f) {
        throw new IllegalArgumentException("vectors of different lengths: " + f + " and " + x.length);
      }
      for (int j = 0; j < f; j++) {
        mean[j] += x[j] / n;
      }
    }
    for (double[] x : xs) {
      for (int j = 0; j < f; j++) {
        scale[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < f; j++) {
      scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
    }
    double[][] z = new double[n][f];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < f; j++) {
        z[i][j] = (xs.get(i)[j] - mean[j]) / scale[j];
      }
    }
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
    for (int it = 1; it <= o.iterations(); it++) {
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
    return new StanceModel(StanceFeatures.NAMES.size() == f ? StanceFeatures.NAMES : numbered(f), mean, scale, w);
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
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }

  /** Reads a model written by {@link #write}; refuses one whose features differ from {@link StanceFeatures}. */
  public static StanceModel read(Reader in) throws IOException {
    BufferedReader r = new BufferedReader(in);
    String first = r.readLine();
    if (first == null || !first.startsWith("# source:")) {
      throw new IOException("not a stance model: the first line must be '# source: ...'");
    }
    List<String> names = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    double[] bias = null;
    int lineNo = 1;
    for (String l = r.readLine(); l != null; l = r.readLine()) {
      lineNo++;
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] c = l.split("\t");
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
    return new StanceModel(names, mean, scale, w);
  }
}
