package org.khabar.entity;

import org.khabar.text.ArabicLetters;

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
  /** The accurate mode's perceptron, stacked on the {@link #ACCURATE_TAGGER}'s tags. */
  public static final String ACCURATE_RESOURCE = "ner-model-accurate.bin.gz";
  /** The accurate mode's neural tagger ({@link BiLstmTagger}). */
  public static final String ACCURATE_TAGGER = "ner-bilstm.bin.gz";

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
  public static final int DOC_SENTENCES = 30;

  final NerFeatures features;
  final Stage first;
  final Stage second;
  private final boolean useClusters;
  private final boolean useGazetteer;
  private final int epochs;
  private final int secondEpochs;
  final float outsideBias;
  private final boolean rules;
  /** Name propagation: the times a name must be tagged in a document to be tagged everywhere in it; 0: off. */
  final int propagation;
  /** The standard {@link #propagation}. */
  static final int PROPAGATION = 2;
  /** The longest name propagation copies, in tokens. */
  private static final int PROPAGATED_TOKENS = 4;
  /**
   * The neural tagger whose tags the second stage reads (the stacking experiment, {@link NerTrainer#withNeural});
   * null for the shipped model.
   */
  final BiLstmTagger neural;
  /** Both stages behind one index, for tagging (training decodes stage by stage). */
  private final Joint joint;

  /** One linear stage: feature rows, their tag weights, and tag transitions. */
  static final class Stage {
    final FeatureIndex index;
    final float[] weights;
    final float[] transitions;
    /** For a stage read from a file: its 16-bit weights ({@code weights[i] == quantized[i] * scale}); else null. */
    final short[] quantized;
    final float scale;

    Stage(FeatureIndex index, float[] weights, float[] transitions) {
      this(index, weights, transitions, null, 0);
    }

    Stage(FeatureIndex index, float[] weights, float[] transitions, short[] quantized, float scale) {
      this.index = index;
      this.weights = weights;
      this.transitions = transitions;
      this.quantized = quantized;
      this.scale = scale;
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

  /**
   * The stages' weights behind one feature table, for tagging (training decodes stage by stage with
   * {@link Stage#decode}). A feature's entry holds the first stage's {@code T} weights, then (stacked models) the
   * second stage's {@code T}, zeros where a stage lacks the feature, so that one probe serves both passes: the first
   * pass accumulates both stages' scores over the first-stage features; the second pass only adds the stacked
   * features.
   *
   * <p>The word features ({@link NerFeatures#wordFeatures}: those read from one word at a fixed offset, about three
   * quarters of a token's features) are summed once per word and offset and cached with the word
   * ({@link #scoreWords}); per token only the context features are looked up. The scores are the same sums as
   * {@link Stage#decode}'s in another order, so they can differ from it in the last bits of a float only.
   *
   * <p>A model read from a file has 16-bit weights (see {@link #write}); its table then keeps them as they are read,
   * each entry in one open-addressing slot (key, then the weights), so that a lookup touches one or two cache lines
   * and the whole table about a third of the memory of float rows behind an index: tagging is bound by cache misses.
   * A weight is {@code q * scale} as when read. A model just trained keeps float rows behind a {@link FeatureIndex}.
   * Immutable and thread-safe (the cached word scores live in the caller's per-thread {@link NerFeatures.Sentence}).
   */
  static final class Joint {
    // Float rows (a model just trained): index and rows of `width` floats.
    private final FeatureIndex index;
    private final float[] weights;
    /** Floats per row or weights per slot: {@code T} per stage. */
    private final int width;
    // 16-bit slots (a model read from a file): slot s at short offset s * (2 + width): key (high, low), weights.
    private final short[] slots;
    private final int mask;
    private final float firstScale;
    private final float secondScale;

    Joint(Stage first, Stage second) {
      int[] a = first.index.keysByRow();
      int[] b = second == null ? new int[0] : second.index.keysByRow();
      FeatureIndex joint = new FeatureIndex(Math.max(a.length, b.length));
      int[] rowA = new int[a.length];
      int[] rowB = new int[b.length];
      for (int r = 0; r < a.length; r++) {
        rowA[r] = joint.add(a[r]);
      }
      for (int r = 0; r < b.length; r++) {
        rowB[r] = joint.add(b[r]);
      }
      width = second == null ? T : 2 * T;
      if (first.quantized != null && (second == null || second.quantized != null)) {
        int[] keys = joint.keysByRow();
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * 5 / 3)) << 1;
        mask = capacity - 1;
        int slot = 2 + width;
        short[] table = new short[capacity * slot];
        int[] slotOf = new int[keys.length];
        for (int r = 0; r < keys.length; r++) {
          int k = keys[r];
          int i = spread(k) & mask;
          while (key(table, i * slot) != EMPTY) {
            i = (i + 1) & mask;
          }
          table[i * slot] = (short) (k >>> 16);
          table[i * slot + 1] = (short) k;
          slotOf[r] = i * slot + 2;
        }
        for (int r = 0; r < a.length; r++) {
          System.arraycopy(first.quantized, r * T, table, slotOf[rowA[r]], T);
        }
        for (int r = 0; r < b.length; r++) {
          System.arraycopy(second.quantized, r * T, table, slotOf[rowB[r]] + T, T);
        }
        slots = table;
        firstScale = first.scale;
        secondScale = second == null ? 0 : second.scale;
        index = null;
        weights = null;
        return;
      }
      float[] w = new float[joint.size() * width];
      for (int r = 0; r < a.length; r++) {
        System.arraycopy(first.weights, r * T, w, rowA[r] * width, T);
      }
      for (int r = 0; r < b.length; r++) {
        System.arraycopy(second.weights, r * T, w, rowB[r] * width + T, T);
      }
      index = joint;
      weights = w;
      slots = null;
      mask = 0;
      firstScale = 0;
      secondScale = 0;
    }

    private static final int EMPTY = 0;
    // Feature id 0 is the empty marker; it is remapped as FeatureIndex does.
    private static final int ZERO_ALIAS = 0x1BADB002;

    private static int key(short[] table, int at) {
      return (table[at] << 16) | (table[at + 1] & 0xFFFF);
    }

    private static int spread(int k) {
      return k ^ (k >>> 15) ^ (k >>> 7);
    }

    /** The short offset of the weights of {@code feature}, or -1 when absent. */
    private int find(int feature) {
      int k = feature == EMPTY ? ZERO_ALIAS : feature;
      short[] table = slots;
      int slot = 2 + width;
      int i = spread(k) & mask;
      while (true) {
        int at = i * slot;
        int here = key(table, at);
        if (here == k) {
          return at + 2;
        }
        if (here == EMPTY) {
          return -1;
        }
        i = (i + 1) & mask;
      }
    }

    /**
     * Adds the weights of the features in {@code buffer} to the scores: the first stage's to {@code first} (when not
     * null), the second stage's to {@code second} (when not null). Entries are looked up for a whole token before
     * any weight is read, so that the cache misses of the lookups overlap.
     */
    void score(NerFeatures.Sentence buffer, float[] first, float[] second) {
      if (slots != null) {
        scoreSlots(buffer, first, second);
        return;
      }
      int[] rows = buffer.rows;
      float[] w = weights;
      for (int i = 0; i < buffer.n; i++) {
        int[] f = buffer.features[i];
        int count = buffer.featureCount[i];
        for (int k = 0; k < count; k++) {
          rows[k] = index.get(f[k]);
        }
        int base = i * T;
        for (int k = 0; k < count; k++) {
          int row = rows[k];
          if (row < 0) {
            continue;
          }
          addRow(w, row * width, first, second, base);
        }
      }
    }

    /**
     * Adds to the scores of each token of {@code buffer} the scores of its word features (see
     * {@link NerFeatures#wordFeatures}): per offset, the cached sum over that word's features, computed the first
     * time this thread meets the word.
     */
    void scoreWords(NerFeatures features, NerFeatures.Sentence buffer, float[] first, float[] second) {
      int[] scratch = buffer.rows;
      for (int i = 0; i < buffer.n; i++) {
        int base = i * T;
        for (int d : NerFeatures.OFFSETS) {
          float[] v = wordScores(features, buffer.wordAt(i + d), scratch);
          addRow(v, (d + 2) * width, first, second, base);
        }
      }
    }

    /** The scores of a word's word features at each offset -2..2 ({@code width} floats each), cached in the word. */
    private float[] wordScores(NerFeatures features, NerFeatures.Word w, int[] scratch) {
      if (w.scoresOwner == this) {
        return w.scores;
      }
      float[] v = new float[5 * width];
      for (int d = -2; d <= 2; d++) {
        int count = features.wordFeatures(w, d, scratch, 0);
        int at = (d + 2) * width;
        for (int k = 0; k < count; k++) {
          add(scratch[k], v, at);
        }
      }
      w.scores = v;
      w.scoresOwner = this;
      return v;
    }

    /**
     * Adds the T first-stage weights of a row starting at {@code at} to the token's scores at {@code base} in
     * {@code first}, and the T second-stage weights after them to {@code second}; a null target is left out.
     */
    private static void addRow(float[] rows, int at, float[] first, float[] second, int base) {
      if (first != null) {
        for (int t = 0; t < T; t++) {
          first[base + t] += rows[at + t];
        }
      }
      if (second != null) {
        for (int t = 0; t < T; t++) {
          second[base + t] += rows[at + T + t];
        }
      }
    }

    /** Adds the weights of one feature, both stages ({@code width} floats), to {@code v} from {@code at}. */
    private void add(int feature, float[] v, int at) {
      if (slots != null) {
        int o = find(feature);
        if (o < 0) {
          return;
        }
        for (int t = 0; t < T; t++) {
          v[at + t] += slots[o + t] * firstScale;
        }
        for (int t = T; t < width; t++) {
          v[at + t] += slots[o + t] * secondScale;
        }
        return;
      }
      int row = index.get(feature);
      if (row < 0) {
        return;
      }
      for (int t = 0; t < width; t++) {
        v[at + t] += weights[row * width + t];
      }
    }

    private void scoreSlots(NerFeatures.Sentence buffer, float[] first, float[] second) {
      int[] found = buffer.rows;
      short[] table = slots;
      float s1 = firstScale;
      float s2 = secondScale;
      for (int i = 0; i < buffer.n; i++) {
        int[] f = buffer.features[i];
        int count = buffer.featureCount[i];
        for (int k = 0; k < count; k++) {
          found[k] = find(f[k]);
        }
        int base = i * T;
        for (int k = 0; k < count; k++) {
          int at = found[k];
          if (at < 0) {
            continue;
          }
          if (first != null) {
            for (int t = 0; t < T; t++) {
              first[base + t] += table[at + t] * s1;
            }
          }
          if (second != null) {
            at += T;
            for (int t = 0; t < T; t++) {
              second[base + t] += table[at + t] * s2;
            }
          }
        }
      }
    }
  }

  /** Fresh scores for {@code n} tokens: {@code -outsideBias} for O, 0 elsewhere. */
  private static float[] initialScores(int n, float outsideBias) {
    float[] scores = new float[n * T];
    for (int i = 0; i < n; i++) {
      scores[i * T + BioTags.O] = -outsideBias;
    }
    return scores;
  }

  /** Per token, the margin of the chosen tag over the best other tag. */
  private static void margins(float[] scores, int[] best, float[] margins) {
    for (int i = 0; i < best.length; i++) {
      float other = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < T; t++) {
        if (t != best[i]) {
          other = Math.max(other, scores[i * T + t]);
        }
      }
      margins[i] = scores[i * T + best[i]] - other;
    }
  }

  NerModel(NerFeatures features, Stage first, Stage second, boolean useClusters, boolean useGazetteer,
      int epochs, int secondEpochs, float outsideBias, boolean rules) {
    this(features, first, second, useClusters, useGazetteer, epochs, secondEpochs, outsideBias, rules,
        new Joint(first, second), PROPAGATION, null);
  }

  private NerModel(NerFeatures features, Stage first, Stage second, boolean useClusters, boolean useGazetteer,
      int epochs, int secondEpochs, float outsideBias, boolean rules, Joint joint, int propagation,
      BiLstmTagger neural) {
    this.neural = neural;
    this.joint = joint;
    this.propagation = propagation;
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

  private static final class AccurateHolder {
    static final NerModel ACCURATE = load();

    private static NerModel load() {
      try (InputStream model = NerModel.class.getResourceAsStream(ACCURATE_RESOURCE);
          InputStream tagger = NerModel.class.getResourceAsStream(ACCURATE_TAGGER)) {
        if (model == null || tagger == null) {
          throw new IllegalStateException("missing resource " + ACCURATE_RESOURCE + " or " + ACCURATE_TAGGER
              + " (rebuild with `khabar train ner-neural --ship DIR`)");
        }
        BiLstmTagger neural = BiLstmTagger.read(tagger, WordClusters.bundled(), Gazetteer.bundled());
        return read(model, WordClusters.bundled(), Gazetteer.bundled()).withNeural(neural);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + ACCURATE_RESOURCE, e);
      }
    }
  }

  /**
   * The accurate mode (issue #7): the bundled BiLSTM-CRF tagger ({@link BiLstmTagger}) and a perceptron whose
   * second stage reads its tags, loaded once. About half a point of micro-F1 above {@link #bundled()} on ANERcorp's
   * test part and some 15 times slower (docs/ner.md).
   */
  public static NerModel accurate() {
    return AccurateHolder.ACCURATE;
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
    short[] quantized = new short[rows * T];
    for (int r = 0; r < rows; r++) {
      if (index.add(in.readInt()) != r) {
        throw new IOException("duplicate feature in the model");
      }
    }
    for (int i = 0; i < weights.length; i++) {
      quantized[i] = in.readShort();
      weights[i] = quantized[i] * scale;
    }
    return new Stage(index, weights, transitions, quantized, scale);
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
    return new NerModel(features, first, second, useClusters, useGazetteer, epochs, secondEpochs, outsideBias, on,
        joint, propagation, neural);
  }

  /**
   * This model with name propagation on ({@code minCount >= 1}) or off (0): after the last pass, a name the model
   * tagged at least {@code minCount} times in the document is tagged at its other, untagged occurrences (see
   * {@link #propagate}).
   */
  public NerModel withPropagation(int minCount) {
    return new NerModel(features, first, second, useClusters, useGazetteer, epochs, secondEpochs, outsideBias, rules,
        joint, minCount, neural);
  }

  /** This model with the neural tagger its second stage was trained to read (the stacking experiment). */
  NerModel withNeural(BiLstmTagger tagger) {
    return new NerModel(features, first, second, useClusters, useGazetteer, epochs, secondEpochs, outsideBias, rules,
        joint, propagation, tagger);
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
    int[][] tags = tagAll(sentences);
    for (int i = 0; i < sentences.size(); i++) {
      scores.add(sentences.get(i).tags(), tags[i]);
    }
    return scores;
  }

  /**
   * Tags one document's sentences (each a list of words) and gives the margin of each word's chosen tag over the
   * best other tag in the last pass, the model's confidence (used to pick self-training sentences).
   *
   * @param margins one array per sentence, as long as the sentence, filled here
   */
  public int[][] tagDocument(List<List<String>> sentences, float[][] margins) {
    List<CharSequence[]> words = new java.util.ArrayList<>(sentences.size());
    for (List<String> s : sentences) {
      words.add(s.toArray(new CharSequence[0]));
    }
    return tagDocument(words, new NerFeatures.Sentence(), margins);
  }

  /**
   * The predicted tags of sentences read as documents of {@link #DOC_SENTENCES} consecutive sentences (as
   * {@link #evaluate} reads them).
   */
  public int[][] tagAll(List<NerSentence> sentences) {
    int[][] out = new int[sentences.size()][];
    NerFeatures.Sentence buffer = new NerFeatures.Sentence();
    for (int from = 0; from < sentences.size(); from += DOC_SENTENCES) {
      List<NerSentence> doc = sentences.subList(from, Math.min(sentences.size(), from + DOC_SENTENCES));
      List<CharSequence[]> words = new java.util.ArrayList<>(doc.size());
      for (NerSentence s : doc) {
        words.add(s.words().toArray(new CharSequence[0]));
      }
      int[][] tags = tagDocument(words, buffer, null);
      System.arraycopy(tags, 0, out, from, doc.size());
    }
    return out;
  }

  /**
   * Tags a document, sentence by sentence: a first pass, then (when the model is stacked) a second pass that also
   * sees the first pass's tags and how the same words were tagged elsewhere in the document.
   *
   * @param margins when not {@code null}, receives per sentence and word the margin of the chosen tag
   */
  int[][] tagDocument(List<CharSequence[]> sentences, NerFeatures.Sentence buffer, float[][] margins) {
    return tagDocument(sentences, buffer, margins, null);
  }

  /**
   * As {@link #tagDocument(List, NerFeatures.Sentence, float[][])}, with {@code extra} (per sentence, {@code n * T}
   * scores, or null) added to the last pass's tag scores before its Viterbi: how another tagger's scores are combined
   * with this model's (the neural experiment, {@link BiLstmTagger#evaluateCombined}).
   */
  int[][] tagDocument(List<CharSequence[]> sentences, NerFeatures.Sentence buffer, float[][] margins,
      float[][] extra) {
    int count = sentences.size();
    int[][] tags = new int[count][];
    boolean stacked = second != null;
    String[][] keys = stacked ? new String[count][] : null;
    // The second stage's scores over the first-stage features, summed in the first pass (see Joint).
    float[][] secondScores = stacked ? new float[count][] : null;
    int[][][] savedClusters = stacked ? new int[count][][] : null;
    List<int[]>[] certain = rules ? newSpanArray(count) : null;
    for (int s = 0; s < count; s++) {
      CharSequence[] w = sentences.get(s);
      int n = w.length;
      if (n == 0) {
        tags[s] = new int[0];
        if (keys != null) {
          keys[s] = new String[0];
        }
        continue;
      }
      features.extract(w, n, buffer, true);
      if (certain != null) {
        certain[s] = features.certainOrgSpans(buffer);
      }
      float[] firstScores = initialScores(n, stacked ? 0 : outsideBias);
      if (stacked) {
        secondScores[s] = initialScores(n, outsideBias);
      }
      joint.scoreWords(features, buffer, firstScores, stacked ? secondScores[s] : null);
      joint.score(buffer, firstScores, stacked ? secondScores[s] : null);
      if (!stacked && extra != null) {
        add(firstScores, extra[s]);
      }
      tags[s] = viterbi(firstScores, n, first.transitions);
      if (!stacked && margins != null) {
        margins(firstScores, tags[s], margins[s]);
      }
      if (stacked) {
        keys[s] = java.util.Arrays.copyOf(buffer.stripped, n);
        savedClusters[s] = java.util.Arrays.copyOf(buffer.cluster, n);
      }
    }
    if (!stacked) {
      applyRules(tags, certain);
      return tags;
    }
    int[][][] memory = memory(keys, tags);
    int[][] out = new int[count][];
    for (int s = 0; s < count; s++) {
      int n = sentences.get(s).length;
      if (n == 0) {
        out[s] = new int[0];
        continue;
      }
      buffer.stackedOnly(n, savedClusters[s]);
      NerFeatures.addStacked(buffer, tags[s], memory[s],
          neural == null ? null : neural.codes(java.util.Arrays.asList(sentences.get(s))));
      float[] scores = secondScores[s];
      joint.score(buffer, null, scores);
      if (extra != null) {
        add(scores, extra[s]);
      }
      out[s] = viterbi(scores, n, second.transitions);
      if (margins != null) {
        margins(scores, out[s], margins[s]);
      }
    }
    if (propagation > 0) {
      propagate(sentences.toArray(new CharSequence[0][]), out, propagation, margins);
    }
    applyRules(out, certain);
    return out;
  }

  /**
   * Name propagation (label consistency within a document; Mikheev et al. 1999, Krishnan and Manning 2006): every
   * name of up to {@link #PROPAGATED_TOKENS} tokens the last pass tagged at least {@code minCount} times in the
   * document is tagged, with its majority class, wherever its tokens occur untagged, longest first, left to right.
   * Names are compared as written (no spelling folding: على is not علي), the first token without its proclitics
   * ({@link #withoutProclitics}: وحماس is حماس). A match may not end inside another name. In place.
   *
   * @param words per sentence, the words as written
   * @param tags per sentence, BIO tags
   */
  static void propagate(CharSequence[][] words, int[][] tags, int minCount) {
    propagate(words, tags, minCount, null);
  }

  /**
   * As {@link #propagate(CharSequence[][], int[][], int)}; where a token is tagged by propagation, its margin (when
   * {@code margins} is not null) becomes the negated margin of the O the model chose: the propagated tag trailed the
   * model's best by at least that much, so that a propagated name never looks surer than the model was.
   */
  static void propagate(CharSequence[][] words, int[][] tags, int minCount, float[][] margins) {
    java.util.HashMap<String, int[]> names = new java.util.HashMap<>();
    // The first tokens of the names, and the longest name each starts.
    java.util.HashMap<String, Integer> firsts = new java.util.HashMap<>();
    int classes = NerClass.values().length;
    for (int s = 0; s < tags.length; s++) {
      for (BioTags.Chunk c : BioTags.chunks(tags[s])) {
        int len = c.end() - c.start();
        if (len <= PROPAGATED_TOKENS) {
          names.computeIfAbsent(key(words[s], c.start(), c.end()), k -> new int[classes])[c.type().ordinal()]++;
          firsts.merge(withoutProclitics(words[s][c.start()]), len, Math::max);
        }
      }
    }
    if (names.isEmpty()) {
      return;
    }
    for (int s = 0; s < tags.length; s++) {
      int[] t = tags[s];
      int n = t.length;
      for (int i = 0; i < n; i++) {
        Integer longest = t[i] == BioTags.O ? firsts.get(withoutProclitics(words[s][i])) : null;
        if (longest == null) {
          continue;
        }
        for (int len = Math.min(longest, n - i); len >= 1; len--) {
          int end = i + len;
          if (t[end - 1] != BioTags.O || end < n && t[end] != BioTags.O && !BioTags.isBegin(t[end])) {
            continue;
          }
          boolean free = true;
          for (int j = i; j < end && free; j++) {
            free = t[j] == BioTags.O;
          }
          int[] counts = free ? names.get(key(words[s], i, end)) : null;
          if (counts == null) {
            continue;
          }
          int best = 0;
          int total = 0;
          for (int c = 0; c < classes; c++) {
            total += counts[c];
            if (counts[c] > counts[best]) {
              best = c;
            }
          }
          if (total < minCount) {
            continue;
          }
          NerClass c = NerClass.values()[best];
          t[i] = BioTags.begin(c);
          for (int j = i + 1; j < end; j++) {
            t[j] = BioTags.inside(c);
          }
          if (margins != null) {
            for (int j = i; j < end; j++) {
              margins[s][j] = -Math.abs(margins[s][j]);
            }
          }
          i = end - 1;
          break;
        }
      }
    }
  }

  /** The key of a name: its first word without proclitics, then the other words as written. */
  private static String key(CharSequence[] words, int from, int to) {
    String first = withoutProclitics(words[from]);
    if (to - from == 1) {
      return first;
    }
    StringBuilder b = new StringBuilder(first);
    for (int i = from + 1; i < to; i++) {
      b.append(' ').append(words[i]);
    }
    return b.toString();
  }

  private static final String ARTICLE = "" + ArabicLetters.ALEF + CliticStripper.LAM;

  /**
   * A word as written without the proclitics a name may take, for name propagation: و، ف، ب، ك before the article
   * (وال... is ال...), لل (the article's alef swallowed: للأمم is الأمم), else one of و، ف، ب، ل; at least three
   * letters stay. Letters only, no lexicon: a wrong cut matters only where the cut word is a name of the document.
   */
  static String withoutProclitics(CharSequence word) {
    String w = word.toString();
    int n = w.length();
    if (n >= 6 && w.startsWith(ARTICLE, 1) && isProclitic(w.charAt(0), true)) {
      return w.substring(1);
    }
    if (n >= 5 && w.charAt(0) == CliticStripper.LAM && w.charAt(1) == CliticStripper.LAM) {
      return ArabicLetters.ALEF + w.substring(1);
    }
    if (n >= 4 && isProclitic(w.charAt(0), false)) {
      return w.substring(1);
    }
    return w;
  }

  private static boolean isProclitic(char c, boolean beforeArticle) {
    return c == ArabicLetters.WAW || c == CliticStripper.FEH || c == CliticStripper.BEH
        || (beforeArticle ? c == CliticStripper.KAF : c == CliticStripper.LAM);
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
    int[][][] countsOf = new int[keys.length][][];
    for (int s = 0; s < keys.length; s++) {
      countsOf[s] = new int[keys[s].length][];
      for (int i = 0; i < keys[s].length; i++) {
        int[] c = counts.get(keys[s][i]);
        if (c == null) {
          c = new int[seen + 5];
          counts.put(keys[s][i], c);
        }
        countsOf[s][i] = c;
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
        int[] c = countsOf[s][i];
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

  /**
   * The tags that may precede each tag, ascending: those of tag t are {@code PREDECESSOR[j]} for
   * {@code FROM[t] <= j < FROM[t + 1]}, with {@code TRANSITION[j]} the index of that transition's weight.
   */
  private static final int[] FROM = new int[T + 1];
  private static final int[] PREDECESSOR;
  private static final int[] TRANSITION;

  static {
    int[] p = new int[T * T];
    int[] tr = new int[T * T];
    int count = 0;
    for (int t = 0; t < T; t++) {
      FROM[t] = count;
      for (int q = 0; q < T; q++) {
        if (ALLOWED[(q + 1) * T + t]) {
          p[count] = q;
          tr[count++] = (q + 1) * T + t;
        }
      }
    }
    FROM[T] = count;
    PREDECESSOR = java.util.Arrays.copyOf(p, count);
    TRANSITION = java.util.Arrays.copyOf(tr, count);
  }

  private static void add(float[] scores, float[] extra) {
    for (int i = 0; i < extra.length; i++) {
      scores[i] += extra[i];
    }
  }

  /** The best valid tag path given per-token tag scores ({@code n * T}) and transition weights. */
  static int[] viterbi(float[] scores, int n, float[] transitions) {
    float[] delta = new float[n * T];
    int[] back = new int[n * T];
    for (int t = 0; t < T; t++) {
      delta[t] = ALLOWED[t] ? scores[t] + transitions[t] : FORBIDDEN;
    }
    int[] from = FROM;
    int[] predecessor = PREDECESSOR;
    int[] transition = TRANSITION;
    for (int i = 1; i < n; i++) {
      int prev = (i - 1) * T;
      int here = i * T;
      for (int t = 0; t < T; t++) {
        float bestScore = FORBIDDEN;
        int bestPrev = 0;
        // Tags that may not precede t are never candidates, as if scored FORBIDDEN.
        for (int j = from[t], end = from[t + 1]; j < end; j++) {
          int p = predecessor[j];
          float v = delta[prev + p] + transitions[transition[j]];
          if (v > bestScore) {
            bestScore = v;
            bestPrev = p;
          }
        }
        delta[here + t] = bestScore + scores[here + t];
        back[here + t] = bestPrev;
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
