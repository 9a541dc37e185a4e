package org.khabar.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained BIO sequence model: a linear model over hashed features (an averaged structured perceptron, see
 * {@link NerTrainer}) with first-order tag transitions, decoded by Viterbi under the BIO constraint (I-X only after
 * B-X or I-X), so every output is a valid tag sequence.
 *
 * <p>Immutable and thread-safe.
 */
public final class NerModel {
  /** The bundled model resource, trained by {@code khabar train ner}. */
  public static final String RESOURCE = "ner-model.bin.gz";

  private static final int MAGIC = 0x4B4E4552; // "KNER"
  private static final int VERSION = 1;
  private static final int T = BioTags.COUNT;
  private static final float FORBIDDEN = Float.NEGATIVE_INFINITY;

  final NerFeatures features;
  private final FeatureIndex index;
  private final float[] weights;
  private final float[] transitions;
  private final boolean useClusters;
  private final boolean useGazetteer;
  private final int epochs;

  NerModel(NerFeatures features, FeatureIndex index, float[] weights, float[] transitions, boolean useClusters,
      boolean useGazetteer, int epochs) {
    this.epochs = epochs;
    this.features = features;
    this.index = index;
    this.weights = weights;
    this.transitions = transitions;
    this.useClusters = useClusters;
    this.useGazetteer = useGazetteer;
  }

  private static final class Holder {
    static final NerModel BUNDLED = load();

    private static NerModel load() {
      try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + " (rebuild with `khabar train ner`)");
        }
        return read(in, WordClusters.bundled(), Gazetteer.bundled());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
      }
    }
  }

  /** The bundled model with the bundled clusters and gazetteer, loaded once. */
  public static NerModel bundled() {
    return Holder.BUNDLED;
  }

  /** Reads a model written by {@link #write}, with the clusters and gazetteer it was trained with. */
  public static NerModel read(InputStream gzipped, WordClusters clusters, Gazetteer gazetteer) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(gzipped), 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a khabar NER model");
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("unsupported NER model version " + version);
    }
    boolean useClusters = in.readBoolean();
    boolean useGazetteer = in.readBoolean();
    int tags = in.readInt();
    if (tags != T) {
      throw new IOException("model has " + tags + " tags, expected " + T);
    }
    float[] transitions = new float[(T + 1) * T];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = in.readFloat();
    }
    int rows = in.readInt();
    float scale = in.readFloat();
    FeatureIndex index = new FeatureIndex(rows);
    float[] weights = new float[rows * T];
    for (int r = 0; r < rows; r++) {
      index.add(in.readInt());
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] = in.readShort() * scale;
    }
    NerFeatures f = new NerFeatures(clusters, gazetteer, Triggers.bundled(), useClusters, useGazetteer);
    return new NerModel(f, index, weights, transitions, useClusters, useGazetteer, 0);
  }

  /**
   * Writes the model, gzipped: rows whose weights are all below {@code prune} in magnitude are dropped, the rest
   * quantised to 16 bits.
   */
  public void write(OutputStream out, float prune) throws IOException {
    int[] keys = index.keysByRow();
    int rows = keys.length;
    float max = 0;
    boolean[] keep = new boolean[rows];
    int kept = 0;
    for (int r = 0; r < rows; r++) {
      float rowMax = 0;
      for (int t = 0; t < T; t++) {
        rowMax = Math.max(rowMax, Math.abs(weights[r * T + t]));
      }
      if (rowMax >= prune && rowMax > 0) {
        keep[r] = true;
        kept++;
        max = Math.max(max, rowMax);
      }
    }
    float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
    o.writeInt(MAGIC);
    o.writeInt(VERSION);
    o.writeBoolean(useClusters);
    o.writeBoolean(useGazetteer);
    o.writeInt(T);
    for (float v : transitions) {
      o.writeFloat(v);
    }
    o.writeInt(kept);
    o.writeFloat(scale);
    for (int r = 0; r < rows; r++) {
      if (keep[r]) {
        o.writeInt(keys[r]);
      }
    }
    for (int r = 0; r < rows; r++) {
      if (keep[r]) {
        for (int t = 0; t < T; t++) {
          o.writeShort(Math.round(weights[r * T + t] / scale));
        }
      }
    }
    o.flush();
    gz.finish();
  }

  /** The training epochs this model's weights average over (0 when read from a file). */
  public int epochs() {
    return epochs;
  }

  /** How many feature rows the model holds. */
  public int features() {
    return index.size();
  }

  /** Tags a sentence of words. */
  public int[] tag(List<String> words) {
    CharSequence[] w = words.toArray(new CharSequence[0]);
    return tag(w, w.length, new NerFeatures.Sentence(), null);
  }

  /** Scores the model on tagged sentences. */
  public NerScores evaluate(List<NerSentence> sentences) {
    NerScores scores = new NerScores();
    NerFeatures.Sentence buffer = new NerFeatures.Sentence();
    for (NerSentence s : sentences) {
      CharSequence[] w = s.words().toArray(new CharSequence[0]);
      scores.add(s.tags(), tag(w, w.length, buffer, null));
    }
    return scores;
  }

  /**
   * Tags {@code n} words.
   *
   * @param margins when not {@code null}, receives per word the margin of its tag over the best other tag
   */
  int[] tag(CharSequence[] words, int n, NerFeatures.Sentence buffer, float[] margins) {
    if (n == 0) {
      return new int[0];
    }
    features.extract(words, n, buffer);
    float[] scores = new float[n * T];
    for (int i = 0; i < n; i++) {
      int[] f = buffer.features[i];
      int count = buffer.featureCount[i];
      int base = i * T;
      for (int k = 0; k < count; k++) {
        int row = index.get(f[k]);
        if (row >= 0) {
          int w = row * T;
          for (int t = 0; t < T; t++) {
            scores[base + t] += weights[w + t];
          }
        }
      }
    }
    int[] best = viterbi(scores, n, transitions);
    if (margins != null) {
      for (int i = 0; i < n; i++) {
        float other = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < T; t++) {
          if (t != best[i]) {
            other = Math.max(other, scores[i * T + t]);
          }
        }
        margins[i] = scores[i * T + best[i]] - other;
      }
    }
    return best;
  }

  /** Local scores of every token's features for training: rows per token, {@code -1}-free. */
  static int[] viterbi(float[] scores, int n, float[] transitions) {
    float[] delta = new float[n * T];
    int[] back = new int[n * T];
    for (int t = 0; t < T; t++) {
      delta[t] = BioTags.allowed(-1, t) ? scores[t] + transitions[t] : FORBIDDEN;
    }
    for (int i = 1; i < n; i++) {
      for (int t = 0; t < T; t++) {
        float bestScore = FORBIDDEN;
        int bestPrev = 0;
        for (int p = 0; p < T; p++) {
          if (!BioTags.allowed(p, t)) {
            continue;
          }
          float v = delta[(i - 1) * T + p] + transitions[(p + 1) * T + t];
          if (v > bestScore) {
            bestScore = v;
            bestPrev = p;
          }
        }
        delta[i * T + t] = bestScore + scores[i * T + t];
        back[i * T + t] = bestPrev;
      }
    }
    int[] path = new int[n];
    float bestScore = FORBIDDEN;
    for (int t = 0; t < T; t++) {
      if (delta[(n - 1) * T + t] > bestScore) {
        bestScore = delta[(n - 1) * T + t];
        path[n - 1] = t;
      }
    }
    for (int i = n - 1; i > 0; i--) {
      path[i - 1] = back[i * T + path[i]];
    }
    return path;
  }
}
