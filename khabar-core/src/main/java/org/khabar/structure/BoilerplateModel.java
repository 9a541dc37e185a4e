package org.khabar.structure;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khabar.text.KnowledgeFile;

/**
 * A learnt boilerplate decision: L2-regularised logistic regression over a few per-line features (the rules' score
 * and decision, sentence shape, widget vocabulary, position on the page, the neighbours' roles, words shared with the
 * article), and a decision threshold. It re-decides every line that the rules left as content or called
 * boilerplate; a line whose probability exceeds the threshold is boilerplate.
 *
 * <p>Trained by {@code khabar train structure} on the annotated development set; the regularisation and the
 * (conservative) threshold are chosen there by leave-one-page-out cross-validation. Immutable and thread-safe.
 */
public final class BoilerplateModel {
  /** Names of the features, in the order of the vectors that {@link #probability} takes. */
  public static final List<String> FEATURES = List.of(
      "rule_boilerplate", "rule_score", "log_words", "ends_final", "position", "first", "last", "near_end",
      "after_prose", "widget_weight", "widget_strong", "widget_cover", "prose_after_widget", "digit_share",
      "latin_share", "opens_waw", "punctuation", "shared_with_article", "prev_boilerplate", "next_boilerplate",
      "pipe", "headline_marks", "short", "names_outlet", "off_topic_run");

  private static final String RESOURCE = "boilerplate-model.tsv";
  private static volatile BoilerplateModel standard;

  private final double bias;
  private final double[] weights;
  private final double threshold;

  private BoilerplateModel(double bias, double[] weights, double threshold) {
    if (weights.length != FEATURES.size()) {
      throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + weights.length);
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
    }
    this.bias = bias;
    this.weights = weights.clone();
    this.threshold = threshold;
  }

  /** The shipped model (classpath resource {@code boilerplate-model.tsv}). */
  public static BoilerplateModel standard() {
    BoilerplateModel m = standard;
    if (m == null) {
      synchronized (BoilerplateModel.class) {
        if (standard == null) {
          standard = read(KnowledgeFile.read(BoilerplateModel.class, RESOURCE));
        }
        m = standard;
      }
    }
    return m;
  }

  /** The decision threshold on the boilerplate probability. */
  public double threshold() {
    return threshold;
  }

  /** The same weights with another threshold. */
  public BoilerplateModel withThreshold(double t) {
    return new BoilerplateModel(bias, weights, t);
  }

  /** The probability that a line with features {@code x} (in {@link #FEATURES} order) is boilerplate. */
  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  boolean isBoilerplate(double[] x) {
    return probability(x) > threshold;
  }

  /**
   * Trains by Newton's method (iteratively reweighted least squares) with an L2 penalty {@code l2} on the weights
   * (not on the bias).
   */
  public static BoilerplateModel train(List<double[]> xs, List<Boolean> ys, double l2, double threshold) {
    int d = FEATURES.size() + 1;
    double[] w = new double[d];
    int n = xs.size();
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int i = 0; i < n; i++) {
        double[] x = xs.get(i);
        double z = w[0];
        for (int j = 1; j < d; j++) {
          z += w[j] * x[j - 1];
        }
        double p = 1 / (1 + Math.exp(-z));
        double r = p - (ys.get(i) ? 1 : 0);
        double s = Math.max(p * (1 - p), 1e-9);
        for (int a = 0; a < d; a++) {
          double xa = a == 0 ? 1 : x[a - 1];
          grad[a] += r * xa;
          for (int b = 0; b <= a; b++) {
            double xb = b == 0 ? 1 : x[b - 1];
            hess[a][b] += s * xa * xb;
          }
        }
      }
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < a; b++) {
          hess[b][a] = hess[a][b];
        }
        if (a > 0) {
          grad[a] += l2 * w[a];
          hess[a][a] += l2;
        } else {
          hess[a][a] += 1e-6;
        }
      }
      double[] step = solve(hess, grad);
      double max = 0;
      for (int a = 0; a < d; a++) {
        w[a] -= step[a];
        max = Math.max(max, Math.abs(step[a]));
      }
      if (max < 1e-7) {
        break;
      }
    }
    double[] weights = new double[d - 1];
    System.arraycopy(w, 1, weights, 0, d - 1);
    return new BoilerplateModel(w[0], weights, threshold);
  }

  /** Gaussian elimination with partial pivoting; {@code a} is overwritten. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[] x = b.clone();
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
          p = r;
        }
      }
      double[] tr = a[c];
      a[c] = a[p];
      a[p] = tr;
      double tx = x[c];
      x[c] = x[p];
      x[p] = tx;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        x[r] -= f * x[c];
      }
    }
    for (int r = n - 1; r >= 0; r--) {
      double s = x[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }

  /** Writes the model as TSV: comment lines ({@code # ...}, the first naming how it was made), then name, value. */
  public void write(Writer out, String source) throws IOException {
    out.write("# Boilerplate line model (logistic regression), made by: " + source.replace('\n', ' ') + "\n");
    out.write("# columns: name\tvalue\n");
    out.write(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
    out.write(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
    for (int i = 0; i < weights.length; i++) {
      out.write(String.format(Locale.ROOT, "%s\t%.6f%n", FEATURES.get(i), weights[i]));
    }
  }

  /**
   * Reads what {@link #write} wrote; every feature must have a weight.
   *
   * @throws IllegalStateException naming the file (and the line) of a malformed row or a missing weight
   */
  public static BoilerplateModel read(KnowledgeFile.Contents file) {
    Map<String, Double> values = new HashMap<>();
    for (KnowledgeFile.Row row : file.rows()) {
      String[] f = row.fields();
      if (f.length != 2) {
        throw row.error("expected name<TAB>value");
      }
      try {
        values.put(f[0], Double.parseDouble(f[1]));
      } catch (NumberFormatException e) {
        throw row.error("not a number");
      }
    }
    List<String> missing = new ArrayList<>();
    double[] w = new double[FEATURES.size()];
    for (int i = 0; i < w.length; i++) {
      Double v = values.get(FEATURES.get(i));
      if (v == null) {
        missing.add(FEATURES.get(i));
      } else {
        w[i] = v;
      }
    }
    if (!missing.isEmpty() || !values.containsKey("bias") || !values.containsKey("threshold")) {
      throw new IllegalStateException(file.resource() + ": the boilerplate model lacks "
          + (missing.isEmpty() ? "bias or threshold" : missing));
    }
    return new BoilerplateModel(values.get("bias"), w, values.get("threshold"));
  }
}
