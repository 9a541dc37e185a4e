package org.khabar.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Trains a {@link NerModel}: an averaged structured perceptron (Collins 2002) over the {@link NerFeatures}, decoded
 * with constrained Viterbi. After each epoch the averaged model is scored on the development sentences, and the
 * best epoch's model is kept (on no development set, the last).
 *
 * <p>One trainer trains one model; not thread-safe.
 */
public final class NerTrainer {

  /**
   * Training settings.
   *
   * @param epochs passes over the training sentences
   * @param useClusters whether word-cluster features are used
   * @param useGazetteer whether gazetteer features are used
   * @param minFeatureCount features seen fewer times in training are dropped
   * @param seed the shuffling seed
   */
  public record Options(int epochs, boolean useClusters, boolean useGazetteer, int minFeatureCount, long seed) {
    public Options {
      if (epochs < 1 || minFeatureCount < 1) {
        throw new IllegalArgumentException("epochs and minFeatureCount must be >= 1");
      }
    }

    /** The settings of the bundled model. */
    public static Options standard() {
      return new Options(12, true, true, 1, 7L);
    }
  }

  private static final int T = BioTags.COUNT;

  private final Options options;
  private final WordClusters clusters;
  private final Gazetteer gazetteer;
  private final Consumer<String> log;

  public NerTrainer(Options options, WordClusters clusters, Gazetteer gazetteer, Consumer<String> log) {
    this.options = options;
    this.clusters = clusters;
    this.gazetteer = gazetteer;
    this.log = log;
  }

  /** Trains on {@code train}, choosing the epoch by micro-F1 on {@code dev} (which may be empty). */
  public NerModel train(List<NerSentence> train, List<NerSentence> dev) {
    NerFeatures features = new NerFeatures(clusters, gazetteer, Triggers.bundled(), options.useClusters(),
        options.useGazetteer());
    // Features of every training token, mapped to rows; rare features dropped.
    NerFeatures.Sentence buffer = new NerFeatures.Sentence();
    List<int[][]> extracted = new ArrayList<>(train.size());
    Map<Integer, Integer> counts = new HashMap<>();
    for (NerSentence s : train) {
      CharSequence[] w = s.words().toArray(new CharSequence[0]);
      features.extract(w, w.length, buffer);
      int[][] f = new int[w.length][];
      for (int i = 0; i < w.length; i++) {
        f[i] = java.util.Arrays.copyOf(buffer.features[i], buffer.featureCount[i]);
        if (options.minFeatureCount() > 1) {
          for (int x : f[i]) {
            counts.merge(x, 1, Integer::sum);
          }
        }
      }
      extracted.add(f);
    }
    FeatureIndex index = new FeatureIndex(1 << 18);
    List<int[][]> rows = new ArrayList<>(train.size());
    for (int[][] f : extracted) {
      int[][] r = new int[f.length][];
      for (int i = 0; i < f.length; i++) {
        int[] tmp = new int[f[i].length];
        int c = 0;
        for (int x : f[i]) {
          if (options.minFeatureCount() == 1 || counts.get(x) >= options.minFeatureCount()) {
            tmp[c++] = index.add(x);
          }
        }
        r[i] = java.util.Arrays.copyOf(tmp, c);
      }
      rows.add(r);
    }
    extracted = null;
    counts = null;
    int nRows = index.size();
    log.accept("ner: " + train.size() + " sentences, " + AnerSplit.words(train) + " words, " + nRows + " features");

    float[] w = new float[nRows * T];
    double[] u = new double[nRows * T];
    float[] tw = new float[(T + 1) * T];
    double[] tu = new double[(T + 1) * T];
    long c = 1;
    int[] order = new int[train.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(options.seed());
    NerModel best = null;
    double bestF1 = -1;
    int bestEpoch = 0;
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      int errors = 0;
      for (int si : order) {
        int[][] r = rows.get(si);
        int n = r.length;
        if (n == 0) {
          continue;
        }
        int[] gold = train.get(si).tags();
        float[] scores = new float[n * T];
        for (int i = 0; i < n; i++) {
          for (int row : r[i]) {
            int base = row * T;
            for (int t = 0; t < T; t++) {
              scores[i * T + t] += w[base + t];
            }
          }
        }
        int[] pred = NerModel.viterbi(scores, n, tw);
        boolean wrong = false;
        for (int i = 0; i < n; i++) {
          int gp = i == 0 ? 0 : gold[i - 1] + 1;
          int pp = i == 0 ? 0 : pred[i - 1] + 1;
          if (gold[i] != pred[i] || gp != pp) {
            wrong = true;
            tw[gp * T + gold[i]] += 1;
            tu[gp * T + gold[i]] += c;
            tw[pp * T + pred[i]] -= 1;
            tu[pp * T + pred[i]] -= c;
          }
          if (gold[i] != pred[i]) {
            for (int row : r[i]) {
              w[row * T + gold[i]] += 1;
              u[row * T + gold[i]] += c;
              w[row * T + pred[i]] -= 1;
              u[row * T + pred[i]] -= c;
            }
          }
        }
        if (wrong) {
          errors++;
        }
        c++;
      }
      NerModel model = new NerModel(features, index, average(w, u, c), average(tw, tu, c), options.useClusters(),
          options.useGazetteer(), epoch);
      String line = "ner: epoch " + epoch + ", " + errors + " sentences wrong";
      if (!dev.isEmpty()) {
        double f1 = model.evaluate(dev).microF1();
        line += String.format(java.util.Locale.ROOT, ", dev micro-F1 %.4f", f1);
        if (f1 > bestF1) {
          bestF1 = f1;
          best = model;
          bestEpoch = epoch;
        }
      } else {
        best = model;
        bestEpoch = epoch;
      }
      log.accept(line);
    }
    log.accept("ner: kept epoch " + bestEpoch);
    return best;
  }

  private static float[] average(float[] w, double[] u, long c) {
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] - u[i] / c);
    }
    return avg;
  }
}
