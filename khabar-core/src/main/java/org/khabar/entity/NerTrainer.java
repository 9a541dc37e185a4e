package org.khabar.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Trains a {@link NerModel}: averaged structured perceptrons (Collins 2002) over the {@link NerFeatures}, decoded
 * with constrained Viterbi, in two stages. The first stage tags from the sentence alone. The second (stacked)
 * stage also sees the first stage's tags and the document memory (how the same word was tagged elsewhere in the
 * document, Krishnan and Manning 2006); its training input comes from first-stage models that never saw the
 * sentence (five-fold jackknife), so that it learns how far to trust the first stage on unseen text.
 *
 * <p>After each epoch the averaged model is scored on the development sentences and the best epoch is kept (on no
 * development set, the last). One trainer trains one model; not thread-safe.
 */
public final class NerTrainer {

  /**
   * Training settings.
   *
   * @param epochs passes over the training sentences, first stage
   * @param secondEpochs passes for the second stage (0: no second stage)
   * @param useClusters whether word-cluster features are used
   * @param useGazetteer whether gazetteer features are used
   * @param minFeatureCount features seen fewer times in training are dropped
   * @param seed the shuffling seed
   * @param outsideBias the bias against O when there is no development set to choose it on
   * @param wordDropout the chance, per name token and update, of hiding its own word features, so that the model
   *     learns to find names it has never seen from their context, clusters and affixes
   * @param margin the cost added in training to every wrong tag's score before decoding (loss-augmented decoding,
   *     Taskar et al. 2003): updates then also fire on correct but narrow decisions; 0 for the plain perceptron
   * @param aggressiveness the passive-aggressive bound C (Crammer et al. 2006): each update is scaled by the step
   *     that makes the gold sequence win by its Hamming loss, at most C; 0 for the perceptron's unit step
   */
  public record Options(int epochs, int secondEpochs, boolean useClusters, boolean useGazetteer, int minFeatureCount,
      long seed, float outsideBias, float wordDropout, float margin, float aggressiveness) {
    /** Settings with the perceptron's update (no margin, unit step). */
    public Options(int epochs, int secondEpochs, boolean useClusters, boolean useGazetteer, int minFeatureCount,
        long seed, float outsideBias, float wordDropout) {
      this(epochs, secondEpochs, useClusters, useGazetteer, minFeatureCount, seed, outsideBias, wordDropout, 0f, 0f);
    }

    /** These settings with another update rule. */
    public Options withUpdate(float margin, float aggressiveness) {
      return new Options(epochs, secondEpochs, useClusters, useGazetteer, minFeatureCount, seed, outsideBias,
          wordDropout, margin, aggressiveness);
    }

    public Options {
      if (!(margin >= 0) || !(aggressiveness >= 0)) {
        throw new IllegalArgumentException("margin and aggressiveness must be >= 0");
      }
      if (epochs < 1 || secondEpochs < 0 || minFeatureCount < 1) {
        throw new IllegalArgumentException("epochs and minFeatureCount must be >= 1, secondEpochs >= 0");
      }
      if (!(wordDropout >= 0 && wordDropout < 1)) {
        throw new IllegalArgumentException("wordDropout must be in [0, 1): " + wordDropout);
      }
    }

    /** The settings of the bundled model. */
    public static Options standard() {
      return new Options(16, 16, true, true, 1, 7L, 0f, 0f);
    }
  }

  private static final int T = BioTags.COUNT;
  private static final int FOLDS = 5;

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

  /**
   * A neural tagger whose tags the second stage reads (the stacking experiment, issue #7): its training input comes
   * from taggers trained on the other jackknife folds, as the first stage's does.
   */
  public interface NeuralStacking {
    /** Trains a tagger on these sentences (a jackknife fold's rest). */
    BiLstmTagger train(List<NerSentence> sentences);

    /** The tagger trained on all the training sentences: it tags dev and, in the model, new text. */
    BiLstmTagger full();
  }

  private NeuralStacking neural;

  /** This trainer, stacking a neural tagger's tags into the second stage. */
  public NerTrainer withNeural(NeuralStacking stacking) {
    this.neural = stacking;
    return this;
  }

  /** First-stage tags, document memory and neural codes (or null) of sentences, for the second stage. */
  private record Stacked(List<int[]> first, List<int[][]> memory, List<int[]> neural) {
    int[] neuralAt(int i) {
      return neural == null ? null : neural.get(i);
    }
  }

  private record Trained(NerModel.Stage stage, int epoch) {}

  /** Trains on {@code train}, choosing epochs by micro-F1 on {@code dev} (which may be empty). */
  public NerModel train(List<NerSentence> train, List<NerSentence> dev) {
    NerFeatures features = new NerFeatures(clusters, gazetteer, Triggers.bundled(), options.useClusters(),
        options.useGazetteer());
    log.accept("ner: stage 1");
    Trained first = trainStage(features, train, null, dev, null, options.epochs());
    if (options.secondEpochs() == 0) {
      float bias = dev.isEmpty() ? options.outsideBias() : tuneBias(features, first.stage, dev, null);
      return new NerModel(features, first.stage, null, options.useClusters(), options.useGazetteer(), first.epoch, 0,
          bias, false);
    }
    // Jackknife: first-stage tags of each fold from a model trained on the other folds.
    List<int[]> firstTags = new ArrayList<>(train.size());
    List<int[]> neuralCodes = neural == null ? null : new ArrayList<>(train.size());
    for (int k = 0; k < FOLDS; k++) {
      int from = (int) ((long) train.size() * k / FOLDS);
      int to = (int) ((long) train.size() * (k + 1) / FOLDS);
      List<NerSentence> rest = new ArrayList<>(train.subList(0, from));
      rest.addAll(train.subList(to, train.size()));
      log.accept("ner: jackknife fold " + (k + 1) + " of " + FOLDS);
      NerModel.Stage s = trainStage(features, rest, null, List.of(), null, first.epoch).stage;
      for (int i = from; i < to; i++) {
        firstTags.add(decode(features, s, train.get(i), null, null));
      }
      if (neural != null) {
        log.accept("ner: neural jackknife fold " + (k + 1) + " of " + FOLDS);
        BiLstmTagger tagger = neural.train(rest);
        for (int i = from; i < to; i++) {
          neuralCodes.add(tagger.codes(train.get(i).words()));
        }
      }
    }
    Stacked stackedTrain = stacked(features, train, firstTags, neuralCodes);
    Stacked stackedDev = null;
    if (!dev.isEmpty()) {
      List<int[]> devTags = new ArrayList<>(dev.size());
      for (NerSentence s : dev) {
        devTags.add(decode(features, first.stage, s, null, null));
      }
      List<int[]> devCodes = null;
      if (neural != null) {
        devCodes = new ArrayList<>(dev.size());
        for (NerSentence s : dev) {
          devCodes.add(neural.full().codes(s.words()));
        }
      }
      stackedDev = stacked(features, dev, devTags, devCodes);
      log.accept(String.format(java.util.Locale.ROOT, "ner: stage 1 dev micro-F1 %.4f",
          score(features, first.stage, dev, null).microF1()));
    }
    log.accept("ner: stage 2");
    Trained second = trainStage(features, train, stackedTrain, dev, stackedDev, options.secondEpochs());
    float bias = dev.isEmpty() ? options.outsideBias() : tuneBias(features, second.stage, dev, stackedDev);
    NerModel model = new NerModel(features, first.stage, second.stage, options.useClusters(), options.useGazetteer(),
        first.epoch, second.epoch, bias, false);
    return neural == null ? model : model.withNeural(neural.full());
  }

  /** The document memory of sentences read as documents of {@link NerModel#DOC_SENTENCES}. */
  private static Stacked stacked(NerFeatures features, List<NerSentence> sentences, List<int[]> firstTags,
      List<int[]> neuralCodes) {
    List<int[][]> memory = new ArrayList<>(sentences.size());
    NerFeatures.Sentence buffer = new NerFeatures.Sentence();
    for (int from = 0; from < sentences.size(); from += NerModel.DOC_SENTENCES) {
      int to = Math.min(sentences.size(), from + NerModel.DOC_SENTENCES);
      String[][] keys = new String[to - from][];
      int[][] tags = new int[to - from][];
      for (int s = from; s < to; s++) {
        CharSequence[] w = sentences.get(s).words().toArray(new CharSequence[0]);
        features.extract(w, w.length, buffer);
        keys[s - from] = java.util.Arrays.copyOf(buffer.stripped, w.length);
        tags[s - from] = firstTags.get(s);
      }
      for (int[][] m : NerModel.memory(keys, tags)) {
        memory.add(m);
      }
    }
    return new Stacked(firstTags, memory, neuralCodes);
  }

  /** Chooses the bias against O that maximises micro-F1 on the development sentences. */
  private float tuneBias(NerFeatures features, NerModel.Stage stage, List<NerSentence> dev, Stacked stacked) {
    float best = 0;
    double bestF1 = -1;
    for (float bias = -3f; bias <= 3f; bias += 0.5f) {
      double f1 = score(features, stage, dev, stacked, bias).microF1();
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = bias;
      }
    }
    log.accept(String.format(java.util.Locale.ROOT, "ner: bias against O %.1f, dev micro-F1 %.4f", best, bestF1));
    return best;
  }

  private static int[] decode(NerFeatures features, NerModel.Stage stage, NerSentence s, Stacked stacked,
      Integer index) {
    return decode(features, stage, s, stacked, index, 0f);
  }

  private static int[] decode(NerFeatures features, NerModel.Stage stage, NerSentence s, Stacked stacked,
      Integer index, float bias) {
    CharSequence[] w = s.words().toArray(new CharSequence[0]);
    NerFeatures.Sentence buffer = new NerFeatures.Sentence();
    features.extract(w, w.length, buffer);
    if (stacked != null) {
      NerFeatures.addStacked(buffer, stacked.first.get(index), stacked.memory.get(index), stacked.neuralAt(index));
    }
    return stage.decode(buffer, null, bias);
  }

  private static NerScores score(NerFeatures features, NerModel.Stage stage, List<NerSentence> sentences,
      Stacked stacked) {
    return score(features, stage, sentences, stacked, 0f);
  }

  private static NerScores score(NerFeatures features, NerModel.Stage stage, List<NerSentence> sentences,
      Stacked stacked, float bias) {
    NerScores scores = new NerScores();
    for (int i = 0; i < sentences.size(); i++) {
      scores.add(sentences.get(i).tags(), decode(features, stage, sentences.get(i), stacked, i, bias));
    }
    return scores;
  }

  private Trained trainStage(NerFeatures features, List<NerSentence> train, Stacked stacked, List<NerSentence> dev,
      Stacked stackedDev, int epochs) {
    // Features of every training token, mapped to rows; rare features dropped.
    NerFeatures.Sentence buffer = new NerFeatures.Sentence();
    List<int[][]> extracted = new ArrayList<>(train.size());
    Map<Integer, Integer> counts = new HashMap<>();
    for (int si = 0; si < train.size(); si++) {
      NerSentence s = train.get(si);
      CharSequence[] w = s.words().toArray(new CharSequence[0]);
      features.extract(w, w.length, buffer);
      if (stacked != null) {
        NerFeatures.addStacked(buffer, stacked.first.get(si), stacked.memory.get(si), stacked.neuralAt(si));
      }
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
        // Rows stay aligned with feature positions (-1: dropped as rare), so word features can be hidden by position.
        int[] tmp = new int[f[i].length];
        for (int k = 0; k < f[i].length; k++) {
          int x = f[i][k];
          tmp[k] = options.minFeatureCount() == 1 || counts.get(x) >= options.minFeatureCount() ? index.add(x) : -1;
        }
        r[i] = tmp;
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
    NerModel.Stage best = null;
    double bestF1 = -1;
    int bestEpoch = 0;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, random);
      int errors = 0;
      for (int si : order) {
        int[][] r = rows.get(si);
        int n = r.length;
        if (n == 0) {
          continue;
        }
        int[] gold = train.get(si).tags();
        long hidden = 0;
        for (int i = 0; i < n && i < 64; i++) {
          if (gold[i] != BioTags.O && options.wordDropout() > 0 && random.nextDouble() < options.wordDropout()) {
            hidden |= 1L << i;
          }
        }
        float[] scores = new float[n * T];
        for (int i = 0; i < n; i++) {
          boolean hide = (hidden & (1L << Math.min(i, 63))) != 0 && i < 64;
          for (int k = 0; k < r[i].length; k++) {
            int row = r[i][k];
            if (row < 0 || hide && NerFeatures.isOwnWord(k)) {
              continue;
            }
            int base = row * T;
            for (int t = 0; t < T; t++) {
              scores[i * T + t] += w[base + t];
            }
          }
        }
        if (options.margin() > 0) {
          for (int i = 0; i < n; i++) {
            for (int t = 0; t < T; t++) {
              if (t != gold[i]) {
                scores[i * T + t] += options.margin();
              }
            }
          }
        }
        int[] pred = NerModel.viterbi(scores, n, tw);
        float step = 1f;
        if (options.aggressiveness() > 0) {
          // The step that makes gold beat the prediction by the Hamming loss (scores without the margin).
          double gap = 0;
          int loss = 0;
          double norm = 0;
          for (int i = 0; i < n; i++) {
            int gp = i == 0 ? 0 : gold[i - 1] + 1;
            int pp = i == 0 ? 0 : pred[i - 1] + 1;
            gap += scores[i * T + gold[i]] + tw[gp * T + gold[i]] - scores[i * T + pred[i]] - tw[pp * T + pred[i]]
                + (pred[i] != gold[i] ? options.margin() : 0);
            if (gold[i] != pred[i]) {
              loss++;
              norm += 2 * r[i].length;
            }
            if (gold[i] != pred[i] || gp != pp) {
              norm += 2;
            }
          }
          if (loss == 0) {
            c++;
            continue;
          }
          step = (float) Math.min(options.aggressiveness(), Math.max(0, loss - gap) / norm);
          if (step <= 0) {
            c++;
            continue;
          }
        }
        boolean wrong = false;
        for (int i = 0; i < n; i++) {
          int gp = i == 0 ? 0 : gold[i - 1] + 1;
          int pp = i == 0 ? 0 : pred[i - 1] + 1;
          if (gold[i] != pred[i] || gp != pp) {
            wrong = true;
            tw[gp * T + gold[i]] += step;
            tu[gp * T + gold[i]] += c * (double) step;
            tw[pp * T + pred[i]] -= step;
            tu[pp * T + pred[i]] -= c * (double) step;
          }
          if (gold[i] != pred[i]) {
            boolean hide = (hidden & (1L << Math.min(i, 63))) != 0 && i < 64;
            for (int k = 0; k < r[i].length; k++) {
              int row = r[i][k];
              if (row < 0 || hide && NerFeatures.isOwnWord(k)) {
                continue;
              }
              w[row * T + gold[i]] += step;
              u[row * T + gold[i]] += c * (double) step;
              w[row * T + pred[i]] -= step;
              u[row * T + pred[i]] -= c * (double) step;
            }
          }
        }
        if (wrong) {
          errors++;
        }
        c++;
      }
      boolean last = epoch == epochs;
      String line = "ner: epoch " + epoch + ", " + errors + " sentences wrong";
      if (!dev.isEmpty()) {
        NerModel.Stage stage = new NerModel.Stage(index, average(w, u, c), average(tw, tu, c));
        double f1 = score(features, stage, dev, stackedDev).microF1();
        line += String.format(java.util.Locale.ROOT, ", dev micro-F1 %.4f", f1);
        if (f1 > bestF1) {
          bestF1 = f1;
          best = stage;
          bestEpoch = epoch;
        }
      } else if (last) {
        best = new NerModel.Stage(index, average(w, u, c), average(tw, tu, c));
        bestEpoch = epoch;
      }
      log.accept(line);
    }
    log.accept("ner: kept epoch " + bestEpoch);
    return new Trained(best, bestEpoch);
  }

  private static float[] average(float[] w, double[] u, long c) {
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] - u[i] / c);
    }
    return avg;
  }

  /** Shuffles {@code order} in place (Fisher-Yates), drawing from {@code random}. */
  static void shuffle(int[] order, SplittableRandom random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
