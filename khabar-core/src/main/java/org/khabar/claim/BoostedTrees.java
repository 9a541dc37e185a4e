package org.khabar.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Multiclass gradient-boosted regression trees (Friedman 2001, "Greedy function approximation", algorithm 6):
 * each round fits one small tree per class to the weighted softmax residuals and sets its leaves by one Newton step,
 * shrunk by the learning rate; rows are subsampled per round (stochastic boosting). The FNC-1 winners used this kind
 * of learner over hand features.
 *
 * <p>Immutable and thread-safe once fitted.
 */
final class BoostedTrees {
  /** Fitting settings. */
  record Settings(int rounds, int depth, double shrinkage, double subsample, int minLeaf, long seed) {
    Settings {
      if (rounds < 1 || depth < 1 || depth > 8 || shrinkage <= 0 || subsample <= 0 || subsample > 1 || minLeaf < 1) {
        throw new IllegalArgumentException("bad boosting settings: " + rounds + ", " + depth + ", " + shrinkage
            + ", " + subsample + ", " + minLeaf);
      }
    }
  }

  /**
   * One regression tree as parallel arrays; node 0 is the root. An inner node has {@code feature >= 0} and sends
   * {@code x[feature] <= threshold} left; a leaf has {@code feature == -1} and its value.
   */
  record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
    double eval(double[] x) {
      int n = 0;
      while (feature[n] >= 0) {
        n = x[feature[n]] <= threshold[n] ? left[n] : right[n];
      }
      return value[n];
    }
  }

  private final int classes;
  /** {@code trees.get(round)[k]}: the tree of class k in that round. */
  private final List<Tree[]> trees;
  private final double[] base;

  private BoostedTrees(int classes, double[] base, List<Tree[]> trees) {
    this.classes = classes;
    this.base = base;
    this.trees = trees;
  }

  int classes() {
    return classes;
  }

  /** Raw class scores (log-odds up to a constant). */
  double[] scores(double[] x) {
    double[] s = base.clone();
    for (Tree[] round : trees) {
      for (int k = 0; k < classes; k++) {
        s[k] += round[k].eval(x);
      }
    }
    return s;
  }

  /** Class probabilities by softmax of the scores. */
  double[] probabilities(double[] x) {
    return softmax(scores(x));
  }

  static double[] softmax(double[] s) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s) {
      max = Math.max(max, v);
    }
    double[] p = new double[s.length];
    double sum = 0;
    for (int k = 0; k < s.length; k++) {
      p[k] = Math.exp(s[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < s.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /**
   * Fits trees.
   *
   * @param xs feature vectors of one length
   * @param ys class indexes in [0, classes)
   * @param weights a weight per row (class weights)
   */
  static BoostedTrees fit(double[][] xs, int[] ys, double[] weights, int classes, Settings s) {
    int n = xs.length;
    int f = xs[0].length;
    // Each feature's row order, sorted once; a node scans it and keeps its own rows.
    int[][] order = new int[f][];
    for (int j = 0; j < f; j++) {
      final int jj = j;
      order[j] = java.util.stream.IntStream.range(0, n).boxed()
          .sorted((a, b) -> Double.compare(xs[a][jj], xs[b][jj])).mapToInt(Integer::intValue).toArray();
    }
    double[] base = new double[classes];
    double wsum = 0;
    for (int i = 0; i < n; i++) {
      base[ys[i]] += weights[i];
      wsum += weights[i];
    }
    for (int k = 0; k < classes; k++) {
      base[k] = Math.log(Math.max(base[k], 1e-6) / wsum);
    }
    double[][] score = new double[n][];
    for (int i = 0; i < n; i++) {
      score[i] = base.clone();
    }
    Random random = new Random(s.seed());
    List<Tree[]> out = new ArrayList<>();
    double[] g = new double[n];
    double[] h = new double[n];
    boolean[] in = new boolean[n];
    for (int round = 0; round < s.rounds(); round++) {
      for (int i = 0; i < n; i++) {
        in[i] = s.subsample() >= 1 || random.nextDouble() < s.subsample();
      }
      double[][] p = new double[n][];
      for (int i = 0; i < n; i++) {
        p[i] = softmax(score[i]);
      }
      Tree[] trees = new Tree[classes];
      for (int k = 0; k < classes; k++) {
        for (int i = 0; i < n; i++) {
          double r = (ys[i] == k ? 1 : 0) - p[i][k];
          g[i] = weights[i] * r;
          h[i] = weights[i] * Math.max(p[i][k] * (1 - p[i][k]), 1e-6);
        }
        trees[k] = grow(xs, order, in, g, h, s, (classes - 1.0) / classes);
        for (int i = 0; i < n; i++) {
          score[i][k] += trees[k].eval(xs[i]);
        }
      }
      out.add(trees);
    }
    return new BoostedTrees(classes, base, out);
  }

  private static Tree grow(double[][] xs, int[][] order, boolean[] in, double[] g, double[] h, Settings s,
      double newtonScale) {
    int max = (1 << (s.depth() + 1)) - 1;
    int[] feature = new int[max];
    double[] threshold = new double[max];
    int[] left = new int[max];
    int[] right = new int[max];
    double[] value = new double[max];
    int[] node = new int[xs.length];
    Arrays.fill(node, -1);
    for (int i = 0; i < xs.length; i++) {
      if (in[i]) {
        node[i] = 0;
      }
    }
    int[] count = {1};
    split(0, 0, xs, order, node, g, h, s, newtonScale, feature, threshold, left, right, value, count);
    int c = count[0];
    return new Tree(Arrays.copyOf(feature, c), Arrays.copyOf(threshold, c), Arrays.copyOf(left, c),
        Arrays.copyOf(right, c), Arrays.copyOf(value, c));
  }

  private static void split(int id, int depth, double[][] xs, int[][] order, int[] node, double[] g, double[] h,
      Settings s, double newtonScale, int[] feature, double[] threshold, int[] left, int[] right, double[] value,
      int[] count) {
    double gs = 0;
    double hs = 0;
    int rows = 0;
    for (int i = 0; i < node.length; i++) {
      if (node[i] == id) {
        gs += g[i];
        hs += h[i];
        rows++;
      }
    }
    feature[id] = -1;
    value[id] = hs <= 0 ? 0 : s.shrinkage() * newtonScale * gs / hs;
    if (depth >= s.depth() || rows < 2 * s.minLeaf()) {
      return;
    }
    double parent = gs * gs / (hs + 1e-9);
    double bestGain = 1e-9;
    int bestF = -1;
    double bestT = 0;
    for (int j = 0; j < order.length; j++) {
      double gl = 0;
      double hl = 0;
      int nl = 0;
      int[] o = order[j];
      for (int a = 0; a < o.length; a++) {
        int i = o[a];
        if (node[i] != id) {
          continue;
        }
        gl += g[i];
        hl += h[i];
        nl++;
        // find the next row of this node to see whether a threshold fits between them
        int b = a + 1;
        while (b < o.length && node[o[b]] != id) {
          b++;
        }
        if (b >= o.length) {
          break;
        }
        double here = xs[i][j];
        double next = xs[o[b]][j];
        if (next <= here || nl < s.minLeaf() || rows - nl < s.minLeaf()) {
          continue;
        }
        double gr = gs - gl;
        double hr = hs - hl;
        double gain = gl * gl / (hl + 1e-9) + gr * gr / (hr + 1e-9) - parent;
        if (gain > bestGain) {
          bestGain = gain;
          bestF = j;
          bestT = (here + next) / 2;
        }
      }
    }
    if (bestF < 0) {
      return;
    }
    int l = count[0]++;
    int r = count[0]++;
    feature[id] = bestF;
    threshold[id] = bestT;
    left[id] = l;
    right[id] = r;
    for (int i = 0; i < node.length; i++) {
      if (node[i] == id) {
        node[i] = xs[i][bestF] <= bestT ? l : r;
      }
    }
    split(l, depth + 1, xs, order, node, g, h, s, newtonScale, feature, threshold, left, right, value, count);
    split(r, depth + 1, xs, order, node, g, h, s, newtonScale, feature, threshold, left, right, value, count);
  }

  /** Writes the trees as text lines: {@code base v...}, then {@code tree round class f:t:l:r|v ...}. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder("base");
    for (double v : base) {
      b.append('\t').append(fmt(v));
    }
    out.add(b.toString());
    for (int r = 0; r < trees.size(); r++) {
      for (int k = 0; k < classes; k++) {
        Tree t = trees.get(r)[k];
        StringBuilder sb = new StringBuilder("tree\t").append(r).append('\t').append(k);
        for (int n = 0; n < t.feature().length; n++) {
          sb.append('\t');
          if (t.feature()[n] < 0) {
            sb.append(fmt(t.value()[n]));
          } else {
            sb.append(t.feature()[n]).append(':').append(fmt(t.threshold()[n])).append(':').append(t.left()[n])
                .append(':').append(t.right()[n]);
          }
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  /**
   * Reads trees written by {@link #lines()}.
   *
   * @throws IllegalArgumentException when a line is malformed or a node points outside its tree
   */
  static BoostedTrees parse(List<String> lines, int classes, int features) {
    double[] base = null;
    List<Tree[]> trees = new ArrayList<>();
    for (String l : lines) {
      String[] c = l.split("\t");
      if (c[0].equals("base")) {
        if (c.length != classes + 1) {
          throw new IllegalArgumentException("base line needs " + classes + " values");
        }
        base = new double[classes];
        for (int k = 0; k < classes; k++) {
          base[k] = Double.parseDouble(c[k + 1]);
        }
        continue;
      }
      if (!c[0].equals("tree") || c.length < 4) {
        throw new IllegalArgumentException("not a tree line: " + l.substring(0, Math.min(40, l.length())));
      }
      int r = Integer.parseInt(c[1]);
      int k = Integer.parseInt(c[2]);
      if (r != trees.size() - (k == 0 ? 0 : 1) || k < 0 || k >= classes) {
        throw new IllegalArgumentException("trees out of order at round " + r + " class " + k);
      }
      if (k == 0) {
        trees.add(new Tree[classes]);
      }
      int m = c.length - 3;
      int[] feature = new int[m];
      double[] threshold = new double[m];
      int[] left = new int[m];
      int[] right = new int[m];
      double[] value = new double[m];
      for (int n = 0; n < m; n++) {
        String[] p = c[n + 3].split(":");
        if (p.length == 1) {
          feature[n] = -1;
          value[n] = Double.parseDouble(p[0]);
        } else if (p.length == 4) {
          feature[n] = Integer.parseInt(p[0]);
          threshold[n] = Double.parseDouble(p[1]);
          left[n] = Integer.parseInt(p[2]);
          right[n] = Integer.parseInt(p[3]);
          if (feature[n] >= features || left[n] <= n || right[n] <= n || left[n] >= m || right[n] >= m) {
            throw new IllegalArgumentException("bad node " + n + " in tree " + r + "/" + k);
          }
        } else {
          throw new IllegalArgumentException("bad node " + n + " in tree " + r + "/" + k);
        }
      }
      trees.get(r)[k] = new Tree(feature, threshold, left, right, value);
    }
    if (base == null || trees.isEmpty() || trees.get(trees.size() - 1)[classes - 1] == null) {
      throw new IllegalArgumentException("incomplete trees");
    }
    return new BoostedTrees(classes, base, trees);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
