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
  private static final int VERSION = 4;
  private static final int T = BioTags.COUNT;
  private static final float FORBIDDEN = Float.NEGATIVE_INFINITY;
  /** {@code ALLOWED[(p + 1) * T + t]}: may tag t follow p (p = -1 at the start)? */
  private static final boolean[] ALLOWED = new boolean[(T + 1) * T];

  static {
    for (int p = -1; p < T; p++) {
      for (int t = 0; t < T; t++) {
        ALLOWED[(p + 1) * T + t] = BioTags.allowed(p, t);
      }
    }
  }

  /** Sentences per pseudo-document when a sentence list has no document boundaries (as ANERcorp has none). */
  static final int DOC_SENTENCES = 30;

  final NerFeatures features;
  private final Stage first;
  private final Stage second;
  private final boolean useClusters;
  private final boolean useGazetteer;
  private final int epochs;
  private final int secondEpochs;
  private final float outsideBias;
  private final boolean rules;

  /** One linear stage: feature rows, their tag weights, and tag transitions. */
  static final class Stage {
    final FeatureIndex index;
    final float[] weights;
    final float[] transitions;

    Stage(FeatureIndex index, float[] weights, float[] transitions) {
      this.index = index;
      this.weights = weights;
      this.transitions = transitions;
    }

    /**
     * Decodes the features in {@code buffer}; fills {@code margins} when not null.
     *
     * @param outsideBias subtracted from every O score: above 0 trades precision for recall
     */
    int[] decode(NerFeatures.Sentence buffer, float[] margins, float outsideBias) {
      int n = buffer.n;
      float[] scores = new float[n * T];
      for (int i = 0; i < n; i++) {
        scores[i * T + BioTags.O] = -outsideBias;
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
  }

  NerModel(NerFeatures features, Stage first, Stage second, boolean useClusters, boolean useGazetteer,
      int epochs, int secondEpochs, float outsideBias, boolean rules) {
    this.rules = rules;
    this.secondEpochs = secondEpochs;
    this.outsideBias = outsideBias;
    this.features = features;
    this.first = first;
    this.second = second;
    this.useClusters = useClusters;
    this.useGazetteer = useGazetteer;
    this.epochs = epochs;
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
    int stages = in.readInt();
    if (stages < 1 || stages > 2) {
      throw new IOException("model has " + stages + " stages");
    }
    Stage first = readStage(in);
    Stage second = stages == 2 ? readStage(in) : null;
    float outsideBias = in.readFloat();
    boolean rules = version >= 3 && in.readBoolean();
    NerFeatures f = new NerFeatures(clusters, gazetteer, Triggers.bundled(), useClusters, useGazetteer);
    return new NerModel(f, first, second, useClusters, useGazetteer, 0, 0, outsideBias, rules);
  }

  private static Stage readStage(DataInputStream in) throws IOException {
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
    return new Stage(index, weights, transitions);
  }

  /**
   * Writes the model, gzipped: rows whose weights are all below {@code prune} in magnitude are dropped, the rest
   * quantised to 16 bits.
   */
  public void write(OutputStream out, float prune) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
    o.writeInt(MAGIC);
    o.writeInt(VERSION);
    o.writeBoolean(useClusters);
    o.writeBoolean(useGazetteer);
    o.writeInt(T);
    o.writeInt(second == null ? 1 : 2);
    writeStage(o, first, prune);
    if (second != null) {
      writeStage(o, second, prune);
    }
    o.writeFloat(outsideBias);
    o.writeBoolean(rules);
    o.flush();
    gz.finish();
  }

  private static void writeStage(DataOutputStream o, Stage stage, float prune) throws IOException {
    int[] keys = stage.index.keysByRow();
    float[] weights = stage.weights;
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
    for (float v : stage.transitions) {
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
  }

  /** The first stage's training epochs (0 when read from a file). */
  public int epochs() {
    return epochs;
  }

  /** The second stage's training epochs (0 when read from a file or unstacked). */
  public int secondEpochs() {
    return secondEpochs;
  }

  /** How many feature rows the model holds (both stages). */
  public int features() {
    return first.index.size() + (second == null ? 0 : second.index.size());
  }

  /** The bias against O of the last stage, chosen on the development set. */
  public float outsideBias() {
    return outsideBias;
  }

  /** Whether certain organisation names of the curated gazetteer sources override the tags (see {@link #withRules}). */
  public boolean rules() {
    return rules;
  }

  /**
   * This model with the organisation rule on or off: a multi-token organisation name of the actor knowledge base or
   * the outlet registry that no source lists as a person or place is tagged ORG, merged with any ORG chunk the
   * model found overlapping it; where the model tagged a person, place or MISC over it, the model wins.
   */
  public NerModel withRules(boolean on) {
    return new NerModel(features, first, second, useClusters, useGazetteer, epochs, secondEpochs, outsideBias, on);
  }

  /** Whether a second, document-aware stage refines the first pass. */
  public boolean stacked() {
    return second != null;
  }

  /** Tags one sentence, as a document of its own. */
  public int[] tag(List<String> words) {
    CharSequence[] w = words.toArray(new CharSequence[0]);
    List<CharSequence[]> doc = new java.util.ArrayList<>();
    doc.add(w);
    return tagDocument(doc, new NerFeatures.Sentence(), null)[0];
  }

  /**
   * Scores the model on tagged sentences, read as documents of {@link #DOC_SENTENCES} consecutive sentences.
   */
  public NerScores evaluate(List<NerSentence> sentences) {
    NerScores scores = new NerScores();
    NerFeatures.Sentence buffer = new NerFeatures.Sentence();
    for (int from = 0; from < sentences.size(); from += DOC_SENTENCES) {
      List<NerSentence> doc = sentences.subList(from, Math.min(sentences.size(), from + DOC_SENTENCES));
      List<CharSequence[]> words = new java.util.ArrayList<>(doc.size());
      for (NerSentence s : doc) {
        words.add(s.words().toArray(new CharSequence[0]));
      }
      int[][] tags = tagDocument(words, buffer, null);
      for (int i = 0; i < doc.size(); i++) {
        scores.add(doc.get(i).tags(), tags[i]);
      }
    }
    return scores;
  }

  /**
   * Tags a document, sentence by sentence: a first pass, then (when the model is stacked) a second pass that also
   * sees the first pass's tags and how the same words were tagged elsewhere in the document.
   *
   * @param margins when not {@code null}, receives per sentence and word the margin of the chosen tag
   */
  int[][] tagDocument(List<CharSequence[]> sentences, NerFeatures.Sentence buffer, float[][] margins) {
    int count = sentences.size();
    int[][] tags = new int[count][];
    String[][] keys = second == null ? null : new String[count][];
    // The second pass reuses the first pass's features rather than extracting them again.
    int[][][] saved = second == null ? null : new int[count][][];
    int[][][] savedClusters = second == null ? null : new int[count][][];
    List<int[]>[] certain = rules ? newSpanArray(count) : null;
    for (int s = 0; s < count; s++) {
      CharSequence[] w = sentences.get(s);
      if (w.length == 0) {
        tags[s] = new int[0];
        if (keys != null) {
          keys[s] = new String[0];
        }
        continue;
      }
      features.extract(w, w.length, buffer);
      if (certain != null) {
        certain[s] = features.certainOrgSpans(buffer);
      }
      tags[s] = second == null ? first.decode(buffer, margins != null ? margins[s] : null, outsideBias)
          : first.decode(buffer, null, 0);
      if (keys != null) {
        keys[s] = java.util.Arrays.copyOf(buffer.stripped, w.length);
        saved[s] = new int[w.length][];
        for (int i = 0; i < w.length; i++) {
          saved[s][i] = java.util.Arrays.copyOf(buffer.features[i], buffer.featureCount[i]);
        }
        savedClusters[s] = java.util.Arrays.copyOf(buffer.cluster, w.length);
      }
    }
    if (second == null) {
      applyRules(tags, certain);
      return tags;
    }
    int[][][] memory = memory(keys, tags);
    int[][] out = new int[count][];
    for (int s = 0; s < count; s++) {
      CharSequence[] w = sentences.get(s);
      if (w.length == 0) {
        out[s] = new int[0];
        continue;
      }
      buffer.restore(saved[s], savedClusters[s]);
      NerFeatures.addStacked(buffer, tags[s], memory[s]);
      out[s] = second.decode(buffer, margins != null ? margins[s] : null, outsideBias);
    }
    applyRules(out, certain);
    return out;
  }

  /**
   * The document memory of every token: how many other tokens of the document with the same (clitic-stripped) key
   * the first pass tagged as each class, how many other occurrences there are, and the class (plus one; 0 for O)
   * the first pass gave the first other occurrence, often the fullest mention of a name.
   */
  static int[][][] memory(String[][] keys, int[][] tags) {
    int slots = NerFeatures.MEMORY_SLOTS;
    int seen = NerFeatures.MEMORY_SEEN;
    // Per key: the counts, then the first and second occurrences' classes plus one (0: O) and positions.
    java.util.HashMap<String, int[]> counts = new java.util.HashMap<>();
    for (int s = 0; s < keys.length; s++) {
      for (int i = 0; i < keys[s].length; i++) {
        int[] c = counts.computeIfAbsent(keys[s][i], k -> new int[seen + 5]);
        int cls = tags[s][i] == BioTags.O ? 0 : BioTags.classOf(tags[s][i]).ordinal() + 1;
        if (c[seen] == 0) {
          c[seen + 1] = cls;
          c[seen + 3] = s * 65536 + i;
        } else if (c[seen] == 1) {
          c[seen + 2] = cls;
        }
        c[seen]++;
        if (cls > 0) {
          c[cls - 1]++;
        }
      }
    }
    int[][][] out = new int[keys.length][][];
    for (int s = 0; s < keys.length; s++) {
      out[s] = new int[keys[s].length][];
      for (int i = 0; i < keys[s].length; i++) {
        int[] c = counts.get(keys[s][i]);
        int[] m = new int[slots];
        System.arraycopy(c, 0, m, 0, seen + 1);
        m[seen]--;
        if (tags[s][i] != BioTags.O) {
          m[BioTags.classOf(tags[s][i]).ordinal()]--;
        }
        boolean isFirst = c[seen + 3] == s * 65536 + i;
        m[NerFeatures.MEMORY_FIRST] = m[seen] == 0 ? 0 : isFirst ? c[seen + 2] : c[seen + 1];
        out[s][i] = m;
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<int[]>[] newSpanArray(int n) {
    return (List<int[]>[]) new List<?>[n];
  }

  private static void applyRules(int[][] tags, List<int[]>[] certain) {
    if (certain == null) {
      return;
    }
    for (int s = 0; s < tags.length; s++) {
      if (certain[s] != null) {
        for (int[] span : certain[s]) {
          forceOrg(tags[s], span[0], span[1]);
        }
      }
    }
  }

  /** Tags {@code [start, end)} as one ORG chunk grown to the ORG chunks over it, unless another class is there. */
  static void forceOrg(int[] tags, int start, int end) {
    int from = start;
    int to = end;
    for (BioTags.Chunk c : BioTags.chunks(tags)) {
      if (c.end() <= start || c.start() >= end) {
        continue;
      }
      if (c.type() != NerClass.ORG) {
        return;
      }
      from = Math.min(from, c.start());
      to = Math.max(to, c.end());
    }
    tags[from] = BioTags.begin(NerClass.ORG);
    for (int i = from + 1; i < to; i++) {
      tags[i] = BioTags.inside(NerClass.ORG);
    }
    if (to < tags.length && tags[to] != BioTags.O && !BioTags.isBegin(tags[to])) {
      tags[to] = BioTags.begin(BioTags.classOf(tags[to]));
    }
  }

  /** The best valid tag path given per-token tag scores ({@code n * T}) and transition weights. */
  static int[] viterbi(float[] scores, int n, float[] transitions) {
    float[] delta = new float[n * T];
    int[] back = new int[n * T];
    for (int t = 0; t < T; t++) {
      delta[t] = ALLOWED[t] ? scores[t] + transitions[t] : FORBIDDEN;
    }
    for (int i = 1; i < n; i++) {
      for (int t = 0; t < T; t++) {
        float bestScore = FORBIDDEN;
        int bestPrev = 0;
        for (int p = 0; p < T; p++) {
          if (!ALLOWED[(p + 1) * T + t]) {
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
