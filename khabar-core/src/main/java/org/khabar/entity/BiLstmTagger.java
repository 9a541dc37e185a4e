package org.khabar.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A neural named-entity tagger (issue #7, an experiment; off by default): a bidirectional LSTM over each token's
 * fixed skip-gram vector of its clitic-stripped key ({@link Embeddings}, learnt by khabar from ant-2018) and a
 * trainable embedding bag of its hashed sparse features, under a linear-chain CRF whose transitions obey the BIO
 * constraint (Lample et al. 2016; Huang et al. 2015 for the sparse features beside the vectors). The bag holds
 * either the word's affixes only (prefixes of the stripped form, suffixes of the word, 1 to 3 letters, and its
 * shape: the character features) or every first-stage feature of the perceptron ({@link NerFeatures}: words,
 * affixes, letter trigrams, clusters, gazetteer, triggers, given names).
 *
 * <p>Trained with Adam on the CRF's negative log-likelihood, minibatches of sentences, inverted dropout on the
 * token input, early stopping on a development set. Hand-written forward and backward passes, checked against
 * finite differences by the unit tests. Decoding is the constrained Viterbi of {@link NerModel#viterbi}.
 *
 * <p>A trained tagger is immutable and thread-safe; training is single-threaded.
 */
public final class BiLstmTagger {
  private static final int T = BioTags.COUNT;
  private static final float NEG = -1e30f;
  private static final int MAGIC = 0x4B424C31;

  /**
   * Training settings.
   *
   * @param hidden LSTM units per direction
   * @param bagDim size of the sparse-feature embedding bag
   * @param bagBits log2 of the number of hashed bag rows
   * @param allFeatures whether the bag holds every perceptron feature (else affixes and shape only)
   * @param dropout inverted-dropout rate on the token input
   * @param bagDropout in training, the chance of leaving each sparse feature out of its token's bag (the rest
   *     scaled up), so that the bag cannot memorise through one feature alone (as word dropout does)
   * @param learningRate Adam's step size
   * @param batch sentences per update
   * @param epochs the most passes over the training sentences
   * @param patience stop after this many epochs without a better development score
   * @param seed initialisation, shuffling and dropout seed
   */
  public record Options(int hidden, int bagDim, int bagBits, boolean allFeatures, float dropout, float bagDropout,
      float learningRate, int batch, int epochs, int patience, long seed) {
    public Options {
      if (hidden < 1 || bagDim < 1 || bagBits < 4 || bagBits > 24 || batch < 1 || epochs < 1 || patience < 1) {
        throw new IllegalArgumentException("bad BiLSTM options");
      }
      if (!(dropout >= 0 && dropout < 1) || !(bagDropout >= 0 && bagDropout < 1) || !(learningRate > 0)) {
        throw new IllegalArgumentException("dropout must be in [0, 1), learning rate > 0");
      }
    }

    /** The settings of the measured experiment. */
    public static Options standard() {
      return new Options(64, 32, 17, true, 0.5f, 0f, 0.002f, 8, 25, 4, 7L);
    }
  }

  /** Fixed word vectors keyed by clitic-stripped matching keys; {@link #row} gives -1 for unknown words. */
  public static final class Embeddings {
    private final java.util.HashMap<String, Integer> index;
    private final float[] data;
    private final int dim;

    /**
     * @param words the keys
     * @param vectors one vector per key, all of one size; normalised to unit length and scaled here
     */
    public Embeddings(String[] words, float[][] vectors) {
      this.dim = vectors.length == 0 ? 1 : vectors[0].length;
      this.index = new java.util.HashMap<>(words.length * 2);
      this.data = new float[words.length * dim];
      double scale = Math.sqrt(dim) * 0.3;
      for (int i = 0; i < words.length; i++) {
        if (vectors[i].length != dim) {
          throw new IllegalArgumentException("vector " + i + " has size " + vectors[i].length + ", not " + dim);
        }
        index.put(words[i], i);
        double norm = 0;
        for (float x : vectors[i]) {
          norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < dim && norm > 0; d++) {
          data[i * dim + d] = (float) (vectors[i][d] / norm * scale);
        }
      }
    }

    private Embeddings(java.util.HashMap<String, Integer> index, float[] data, int dim) {
      this.index = index;
      this.data = data;
      this.dim = dim;
    }

    int row(String key) {
      Integer r = index.get(key);
      return r == null ? -1 : r;
    }

    /** The vector size. */
    public int dim() {
      return dim;
    }

    /** How many words have a vector. */
    public int size() {
      return index.size();
    }

    /** Writes the vectors, each component quantised to a byte with one scale per word. */
    void write(DataOutputStream o) throws IOException {
      String[] words = new String[index.size()];
      index.forEach((k, v) -> words[v] = k);
      o.writeInt(words.length);
      o.writeInt(dim);
      for (int i = 0; i < words.length; i++) {
        o.writeUTF(words[i]);
        float max = 0;
        for (int d = 0; d < dim; d++) {
          max = Math.max(max, Math.abs(data[i * dim + d]));
        }
        float scale = max == 0 ? 1 : max / 127f;
        o.writeFloat(scale);
        for (int d = 0; d < dim; d++) {
          o.writeByte(Math.round(data[i * dim + d] / scale));
        }
      }
    }

    static Embeddings read(DataInputStream in) throws IOException {
      int n = in.readInt();
      int dim = in.readInt();
      if (n < 0 || dim < 1 || (long) n * dim > Integer.MAX_VALUE) {
        throw new IOException("bad embedding table header: " + n + " x " + dim);
      }
      java.util.HashMap<String, Integer> index = new java.util.HashMap<>(n * 2);
      float[] data = new float[n * dim];
      for (int i = 0; i < n; i++) {
        index.put(in.readUTF(), i);
        float scale = in.readFloat();
        for (int d = 0; d < dim; d++) {
          data[i * dim + d] = in.readByte() * scale;
        }
      }
      return new Embeddings(index, data, dim);
    }

    /** Writes the vectors on their own (gzipped), e.g. to cache them between experiments. */
    public void writeTo(OutputStream out) throws IOException {
      DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(out)));
      write(o);
      o.close();
    }

    /** Reads vectors {@link #writeTo} wrote. */
    public static Embeddings readFrom(InputStream gzipped) throws IOException {
      return read(new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(gzipped))));
    }

    /**
     * Learns skip-gram vectors ({@link ClusterTrainer#vectors}, the settings of the bundled clusters) of the
     * texts' words, keyed as the tagger looks them up: the matching key with its clitics stripped as
     * {@link NerFeatures} strips them (the clusters' counts decide).
     */
    public static Embeddings learn(java.util.Iterator<String> texts, WordClusters clusters, Consumer<String> log) {
      CliticStripper stripper = new CliticStripper(clusters::count);
      ClusterTrainer.Vectors v = new ClusterTrainer(ClusterTrainer.Options.standard(), log).vectors(texts,
          stripper::stripped);
      return new Embeddings(v.words(), v.vectors());
    }

    /** These vectors restricted to the given keys (for a smaller artefact). */
    public Embeddings restrictedTo(java.util.Set<String> keys) {
      java.util.HashMap<String, Integer> idx = new java.util.HashMap<>();
      List<Integer> rows = new ArrayList<>();
      index.forEach((k, v) -> {
        if (keys.contains(k)) {
          idx.put(k, rows.size());
          rows.add(v);
        }
      });
      float[] d = new float[rows.size() * dim];
      for (int i = 0; i < rows.size(); i++) {
        System.arraycopy(data, rows.get(i) * dim, d, i * dim, dim);
      }
      return new Embeddings(idx, d, dim);
    }
  }

  // ---- The network's shape and parameters. ----

  /** Sizes and offsets of the dense parameters in one array. */
  static final class Shape {
    final int emb;
    final int bagDim;
    final int bagRows;
    final int hidden;
    final int in;
    final int gates;
    final int cols;
    final int wf;
    final int bf;
    final int wb;
    final int bb;
    final int wo;
    final int bo;
    final int tr;
    final int size;

    Shape(int emb, int bagDim, int bagBits, int hidden) {
      this.emb = emb;
      this.bagDim = bagDim;
      this.bagRows = 1 << bagBits;
      this.hidden = hidden;
      this.in = emb + bagDim + 1;
      this.gates = 4 * hidden;
      this.cols = in + hidden;
      int at = 0;
      wf = at;
      at += cols * gates;
      bf = at;
      at += gates;
      wb = at;
      at += cols * gates;
      bb = at;
      at += gates;
      wo = at;
      at += 2 * hidden * T;
      bo = at;
      at += T;
      tr = at;
      at += (T + 1) * T;
      size = at;
    }
  }

  private final Shape shape;
  private final Options options;
  private final float[] p;
  private final float[] bag;
  private final Embeddings embeddings;
  private final NerFeatures features;
  private final int bagBits;

  BiLstmTagger(Options options, Embeddings embeddings, NerFeatures features, float[] p, float[] bag) {
    this.options = options;
    this.embeddings = embeddings;
    this.features = features;
    this.bagBits = options.bagBits();
    this.shape = new Shape(embeddings.dim(), options.bagDim(), options.bagBits(), options.hidden());
    this.p = p;
    this.bag = bag;
    if (p.length != shape.size || bag.length != shape.bagRows * shape.bagDim) {
      throw new IllegalArgumentException("parameter arrays do not fit the shape");
    }
  }

  /** A freshly initialised network (uniform weights in ±1/sqrt(fan-in), forget-gate bias 1, zero bag). */
  static BiLstmTagger initial(Options options, Embeddings embeddings, NerFeatures features) {
    Shape s = new Shape(embeddings.dim(), options.bagDim(), options.bagBits(), options.hidden());
    float[] p = new float[s.size];
    SplittableRandom r = new SplittableRandom(options.seed());
    float lstm = (float) (1 / Math.sqrt(s.cols));
    for (int i = 0; i < s.cols * s.gates; i++) {
      p[s.wf + i] = (float) ((r.nextDouble() * 2 - 1) * lstm);
      p[s.wb + i] = (float) ((r.nextDouble() * 2 - 1) * lstm);
    }
    for (int h = 0; h < s.hidden; h++) {
      p[s.bf + s.hidden + h] = 1f;
      p[s.bb + s.hidden + h] = 1f;
    }
    float out = (float) (1 / Math.sqrt(2 * s.hidden));
    for (int i = 0; i < 2 * s.hidden * T; i++) {
      p[s.wo + i] = (float) ((r.nextDouble() * 2 - 1) * out);
    }
    return new BiLstmTagger(options, embeddings, features, p, new float[s.bagRows * s.bagDim]);
  }

  private int keptEpoch;

  /** The epoch early stopping kept (0 for a tagger read from a file). */
  public int keptEpoch() {
    return keptEpoch;
  }

  /** The settings this tagger was trained with. */
  public Options options() {
    return options;
  }

  // ---- Inputs. ----

  /** The embedding rows and bag rows of a sentence's tokens. */
  record Input(int n, int[] emb, int[][] bagRows) {}

  Input input(List<String> words) {
    CharSequence[] w = words.toArray(new CharSequence[0]);
    NerFeatures.Sentence s = new NerFeatures.Sentence();
    return input(w, w.length, s);
  }

  Input input(CharSequence[] w, int n, NerFeatures.Sentence s) {
    features.extract(w, n, s);
    int[] emb = new int[n];
    int[][] rows = new int[n][];
    int shift = 32 - bagBits;
    for (int i = 0; i < n; i++) {
      emb[i] = embeddings.row(s.stripped[i]);
      int[] ids;
      if (options.allFeatures()) {
        ids = Arrays.copyOf(s.features[i], s.featureCount[i]);
      } else {
        NerFeatures.Word word = s.words[i];
        String st = word.stripped;
        String key = word.key;
        ids = new int[8];
        int c = 0;
        ids[c++] = NerFeatures.mix(1, word.shape);
        for (int k = 1; k <= 3; k++) {
          if (st.length() > k) {
            ids[c++] = NerFeatures.mix(10 + k, NerFeatures.hash(st, 0, k));
          }
          if (key.length() > k) {
            ids[c++] = NerFeatures.mix(20 + k, NerFeatures.hash(key, key.length() - k, key.length()));
          }
        }
        ids = Arrays.copyOf(ids, c);
      }
      int[] r = new int[ids.length];
      for (int k = 0; k < ids.length; k++) {
        r[k] = (NerFeatures.mix(ids[k], 0x5EED) * 0x9E3779B1) >>> shift;
      }
      rows[i] = r;
    }
    return new Input(n, emb, rows);
  }

  // ---- Forward pass. ----

  /** What the forward pass keeps for the backward pass. */
  static final class Trace {
    int n;
    float[] x;
    float[] mask;
    float[] gf;
    float[] cf;
    float[] hf;
    float[] gb;
    float[] cb;
    float[] hb;
    float[] e;
    /** Per token, the bag rows kept (all of them without bag dropout). */
    int[][] rows;
    float[] bagScale;
  }

  /** The per-token tag scores (CRF emissions, {@code n * T}) of an input; fills {@code tr} when not null. */
  float[] emissions(Input input, Trace tr, SplittableRandom dropout) {
    Shape s = shape;
    int n = input.n();
    int in = s.in;
    int hd = s.hidden;
    float[] x = new float[n * in];
    float[] mask = dropout == null ? null : new float[n * in];
    int[][] kept = input.bagRows();
    float[] bagScale = new float[n];
    Arrays.fill(bagScale, 1f);
    if (dropout != null && options.bagDropout() > 0) {
      kept = new int[n][];
      float keep = 1 - options.bagDropout();
      for (int i = 0; i < n; i++) {
        int[] all = input.bagRows()[i];
        int[] k = new int[all.length];
        int c = 0;
        for (int r : all) {
          if (dropout.nextDouble() < keep) {
            k[c++] = r;
          }
        }
        kept[i] = Arrays.copyOf(k, c);
        bagScale[i] = 1 / keep;
      }
    }
    for (int i = 0; i < n; i++) {
      int row = input.emb()[i];
      if (row >= 0) {
        System.arraycopy(embeddings.data, row * s.emb, x, i * in, s.emb);
      } else {
        x[i * in + s.emb + s.bagDim] = 1f;
      }
      float scale = bagScale[i];
      for (int r : kept[i]) {
        int base = r * s.bagDim;
        int to = i * in + s.emb;
        for (int d = 0; d < s.bagDim; d++) {
          x[to + d] += bag[base + d] * scale;
        }
      }
      if (mask != null) {
        float keep = 1 - options.dropout();
        for (int k = 0; k < in; k++) {
          mask[i * in + k] = dropout.nextDouble() < keep ? 1 / keep : 0f;
          x[i * in + k] *= mask[i * in + k];
        }
      }
    }
    float[] gf = new float[n * s.gates];
    float[] cf = new float[n * hd];
    float[] hf = new float[n * hd];
    float[] gb = new float[n * s.gates];
    float[] cb = new float[n * hd];
    float[] hb = new float[n * hd];
    float[] u = new float[s.cols];
    for (int step = 0; step < n; step++) {
      lstmStep(x, step, step - 1, s.wf, s.bf, gf, cf, hf, u);
    }
    for (int step = n - 1; step >= 0; step--) {
      lstmStep(x, step, step + 1 < n ? step + 1 : -1, s.wb, s.bb, gb, cb, hb, u);
    }
    float[] e = new float[n * T];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < T; t++) {
        float v = p[s.bo + t];
        int w = s.wo + t * 2 * hd;
        for (int h = 0; h < hd; h++) {
          v += p[w + h] * hf[i * hd + h] + p[w + hd + h] * hb[i * hd + h];
        }
        e[i * T + t] = v;
      }
    }
    if (tr != null) {
      tr.n = n;
      tr.x = x;
      tr.mask = mask;
      tr.gf = gf;
      tr.cf = cf;
      tr.hf = hf;
      tr.gb = gb;
      tr.cb = cb;
      tr.hb = hb;
      tr.e = e;
      tr.rows = kept;
      tr.bagScale = bagScale;
    }
    return e;
  }

  /** Step {@code i}'s input into {@code u}: token {@code i}'s input, then the state at {@code prev} (zeros at -1). */
  private void stepInput(float[] x, int i, int prev, float[] h, float[] u) {
    int in = shape.in;
    int hd = shape.hidden;
    System.arraycopy(x, i * in, u, 0, in);
    if (prev >= 0) {
      System.arraycopy(h, prev * hd, u, in, hd);
    } else {
      Arrays.fill(u, in, in + hd, 0f);
    }
  }

  /** One LSTM step at token {@code i}, the previous state at token {@code prev} (-1: none). */
  private void lstmStep(float[] x, int i, int prev, int w, int b, float[] g, float[] c, float[] h, float[] u) {
    Shape s = shape;
    int hd = s.hidden;
    int gates = s.gates;
    stepInput(x, i, prev, h, u);
    int go = i * gates;
    System.arraycopy(p, b, g, go, gates);
    for (int j = 0; j < s.cols; j++) {
      float uj = u[j];
      if (uj == 0f) {
        continue;
      }
      int row = w + j * gates;
      for (int r = 0; r < gates; r++) {
        g[go + r] += uj * p[row + r];
      }
    }
    for (int k = 0; k < hd; k++) {
      float ig = sigmoid(g[go + k]);
      float fg = sigmoid(g[go + hd + k]);
      float gg = (float) Math.tanh(g[go + 2 * hd + k]);
      float og = sigmoid(g[go + 3 * hd + k]);
      g[go + k] = ig;
      g[go + hd + k] = fg;
      g[go + 2 * hd + k] = gg;
      g[go + 3 * hd + k] = og;
      float cp = prev >= 0 ? c[prev * hd + k] : 0f;
      float cc = fg * cp + ig * gg;
      c[i * hd + k] = cc;
      h[i * hd + k] = og * (float) Math.tanh(cc);
    }
  }

  private static float sigmoid(float z) {
    return (float) (1 / (1 + Math.exp(-z)));
  }

  // ---- CRF. ----

  /**
   * The CRF's negative log-likelihood of {@code gold} given emissions, with the gradients of the emissions (into
   * {@code de}) and of the transitions (added into {@code dtr}, laid out as {@link NerModel#viterbi} reads them).
   */
  static double crf(float[] e, int n, float[] trans, int[] gold, float[] de, float[] dtr) {
    double[] alpha = new double[n * T];
    double[] beta = new double[n * T];
    double logZ = forwardBackward(e, n, trans, alpha, beta);
    double goldScore = 0;
    for (int i = 0; i < n; i++) {
      int prev = i == 0 ? 0 : gold[i - 1] + 1;
      goldScore += trans[prev * T + gold[i]] + e[i * T + gold[i]];
    }
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < T; t++) {
        double marg = Math.exp(alpha[i * T + t] + beta[i * T + t] - logZ);
        de[i * T + t] = (float) marg - (gold[i] == t ? 1f : 0f);
        if (i == 0) {
          dtr[t] += (float) marg;
        }
      }
      int prev = i == 0 ? 0 : gold[i - 1] + 1;
      dtr[prev * T + gold[i]] -= 1f;
    }
    for (int i = 1; i < n; i++) {
      for (int q = 0; q < T; q++) {
        for (int t = 0; t < T; t++) {
          if (BioTags.allowed(q, t)) {
            dtr[(q + 1) * T + t] += (float) Math.exp(alpha[(i - 1) * T + q] + trans[(q + 1) * T + t] + e[i * T + t]
                + beta[i * T + t] - logZ);
          }
        }
      }
    }
    return logZ - goldScore;
  }

  /** Fills the forward and backward log-scores of the valid paths; returns log Z. */
  static double forwardBackward(float[] e, int n, float[] trans, double[] alpha, double[] beta) {
    for (int t = 0; t < T; t++) {
      alpha[t] = BioTags.allowed(-1, t) ? trans[t] + e[t] : NEG;
    }
    for (int i = 1; i < n; i++) {
      for (int t = 0; t < T; t++) {
        double m = NEG;
        for (int q = 0; q < T; q++) {
          if (BioTags.allowed(q, t)) {
            m = Math.max(m, alpha[(i - 1) * T + q] + trans[(q + 1) * T + t]);
          }
        }
        double sum = 0;
        for (int q = 0; q < T; q++) {
          if (BioTags.allowed(q, t)) {
            sum += Math.exp(alpha[(i - 1) * T + q] + trans[(q + 1) * T + t] - m);
          }
        }
        alpha[i * T + t] = m + Math.log(sum) + e[i * T + t];
      }
    }
    for (int q = 0; q < T; q++) {
      beta[(n - 1) * T + q] = 0;
    }
    for (int i = n - 2; i >= 0; i--) {
      for (int q = 0; q < T; q++) {
        double m = NEG;
        for (int t = 0; t < T; t++) {
          if (BioTags.allowed(q, t)) {
            m = Math.max(m, trans[(q + 1) * T + t] + e[(i + 1) * T + t] + beta[(i + 1) * T + t]);
          }
        }
        double sum = 0;
        for (int t = 0; t < T; t++) {
          if (BioTags.allowed(q, t)) {
            sum += Math.exp(trans[(q + 1) * T + t] + e[(i + 1) * T + t] + beta[(i + 1) * T + t] - m);
          }
        }
        beta[i * T + q] = m + Math.log(sum);
      }
    }
    double m = NEG;
    for (int t = 0; t < T; t++) {
      m = Math.max(m, alpha[(n - 1) * T + t]);
    }
    double z = 0;
    for (int t = 0; t < T; t++) {
      z += Math.exp(alpha[(n - 1) * T + t] - m);
    }
    return m + Math.log(z);
  }

  /** Gold tags made valid BIO (an I- that may not follow its predecessor becomes B-), so the CRF can score them. */
  static int[] repaired(int[] tags) {
    int[] t = tags.clone();
    for (int i = 0; i < t.length; i++) {
      if (!BioTags.allowed(i == 0 ? -1 : t[i - 1], t[i])) {
        t[i] = BioTags.begin(BioTags.classOf(t[i]));
      }
    }
    return t;
  }

  // ---- Backward pass. ----

  /**
   * The loss of one sentence; adds the gradients of the dense parameters into {@code g} and of the bag into
   * {@code gbag} (rows touched are marked in {@code touched}).
   */
  double lossAndGradient(Input input, int[] gold, SplittableRandom dropout, float[] g, float[] gbag,
      Touched touched) {
    Shape s = shape;
    Trace tr = new Trace();
    emissions(input, tr, dropout);
    int n = tr.n;
    int hd = s.hidden;
    float[] de = new float[n * T];
    float[] dtr = new float[(T + 1) * T];
    double loss = crf(tr.e, n, Arrays.copyOfRange(p, s.tr, s.tr + (T + 1) * T), gold, de, dtr);
    for (int k = 0; k < dtr.length; k++) {
      g[s.tr + k] += dtr[k];
    }
    float[] dhf = new float[n * hd];
    float[] dhb = new float[n * hd];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < T; t++) {
        float d = de[i * T + t];
        if (d == 0f) {
          continue;
        }
        g[s.bo + t] += d;
        int w = s.wo + t * 2 * hd;
        for (int h = 0; h < hd; h++) {
          g[w + h] += d * tr.hf[i * hd + h];
          g[w + hd + h] += d * tr.hb[i * hd + h];
          dhf[i * hd + h] += d * p[w + h];
          dhb[i * hd + h] += d * p[w + hd + h];
        }
      }
    }
    float[] dx = new float[n * s.in];
    float[] u = new float[s.cols];
    float[] dz = new float[s.gates];
    float[] dc = new float[hd];
    Arrays.fill(dc, 0f);
    for (int step = n - 1; step >= 0; step--) {
      backStep(tr.x, step, step - 1, s.wf, s.bf, tr.gf, tr.cf, tr.hf, dhf, dc, dx, g, u, dz);
    }
    Arrays.fill(dc, 0f);
    for (int step = 0; step < n; step++) {
      backStep(tr.x, step, step + 1 < n ? step + 1 : -1, s.wb, s.bb, tr.gb, tr.cb, tr.hb, dhb, dc, dx, g, u, dz);
    }
    for (int i = 0; i < n; i++) {
      if (tr.mask != null) {
        for (int k = 0; k < s.in; k++) {
          dx[i * s.in + k] *= tr.mask[i * s.in + k];
        }
      }
      float scale = tr.bagScale[i];
      for (int r : tr.rows[i]) {
        touched.mark(r);
        int base = r * s.bagDim;
        for (int d = 0; d < s.bagDim; d++) {
          gbag[base + d] += dx[i * s.in + s.emb + d] * scale;
        }
      }
    }
    return loss;
  }

  /**
   * Back through one LSTM step at token {@code i} whose previous state is at {@code prev}: {@code dh} holds the
   * gradient of every h (that of {@code prev} is added to here), {@code dc} that of this step's cell on entry and
   * of the previous cell on return.
   */
  private void backStep(float[] x, int i, int prev, int w, int b, float[] g, float[] c, float[] h, float[] dh,
      float[] dc, float[] dx, float[] grad, float[] u, float[] dz) {
    Shape s = shape;
    int in = s.in;
    int hd = s.hidden;
    int gates = s.gates;
    int go = i * gates;
    for (int k = 0; k < hd; k++) {
      float ig = g[go + k];
      float fg = g[go + hd + k];
      float gg = g[go + 2 * hd + k];
      float og = g[go + 3 * hd + k];
      float cc = c[i * hd + k];
      float tc = (float) Math.tanh(cc);
      float dhk = dh[i * hd + k];
      float dck = dc[k] + dhk * og * (1 - tc * tc);
      float cp = prev >= 0 ? c[prev * hd + k] : 0f;
      dz[k] = dck * gg * ig * (1 - ig);
      dz[hd + k] = dck * cp * fg * (1 - fg);
      dz[2 * hd + k] = dck * ig * (1 - gg * gg);
      dz[3 * hd + k] = dhk * tc * og * (1 - og);
      dc[k] = dck * fg;
    }
    if (prev < 0) {
      Arrays.fill(dc, 0f);
    }
    stepInput(x, i, prev, h, u);
    for (int r = 0; r < gates; r++) {
      grad[b + r] += dz[r];
    }
    for (int j = 0; j < s.cols; j++) {
      int row = w + j * gates;
      float uj = u[j];
      float sum = 0;
      for (int r = 0; r < gates; r++) {
        grad[row + r] += uj * dz[r];
        sum += p[row + r] * dz[r];
      }
      if (j < in) {
        dx[i * in + j] += sum;
      } else if (prev >= 0) {
        dh[prev * hd + j - in] += sum;
      }
    }
  }

  /** The bag rows touched since the last update. */
  static final class Touched {
    final boolean[] seen;
    int[] rows = new int[1024];
    int count;

    Touched(int size) {
      seen = new boolean[size];
    }

    void mark(int r) {
      if (!seen[r]) {
        seen[r] = true;
        if (count == rows.length) {
          rows = Arrays.copyOf(rows, count * 2);
        }
        rows[count++] = r;
      }
    }

    void clear() {
      for (int i = 0; i < count; i++) {
        seen[rows[i]] = false;
      }
      count = 0;
    }
  }

  // ---- Tagging. ----

  /** The CRF emissions of a sentence (for stacking and combination). */
  float[] emissions(List<String> words) {
    CharSequence[] w = words.toArray(new CharSequence[0]);
    return emissions(input(w, w.length, buffers.get()), null, null);
  }

  /** Per thread, the feature buffers and the cache of per-word facts. */
  private final ThreadLocal<NerFeatures.Sentence> buffers = ThreadLocal.withInitial(NerFeatures.Sentence::new);

  /** The transition scores, laid out as {@link NerModel#viterbi} reads them. */
  float[] transitions() {
    return Arrays.copyOfRange(p, shape.tr, shape.tr + (T + 1) * T);
  }

  /** The words of a line as the recognisers tokenise it (for speed measurements of whole texts). */
  public static List<String> words(String line) {
    LineTokenizer.Tokens t = LineTokenizer.tokenize(line);
    List<String> out = new ArrayList<>(t.count());
    for (int i = 0; i < t.count(); i++) {
      out.add(line.substring(t.starts()[i], t.ends()[i]));
    }
    return out;
  }

  /** The best valid tags of one sentence. */
  public int[] tag(List<String> words) {
    if (words.isEmpty()) {
      return new int[0];
    }
    return NerModel.viterbi(emissions(words), words.size(), transitions());
  }

  /** Tags sentences and scores them against their gold tags; {@code propagate}: name propagation per document. */
  public NerScores evaluate(List<NerSentence> sentences, boolean propagate) {
    int[][] tags = tagAll(sentences, propagate);
    NerScores scores = new NerScores();
    for (int i = 0; i < sentences.size(); i++) {
      scores.add(sentences.get(i).tags(), tags[i]);
    }
    return scores;
  }

  /** The tags of sentences read as documents of {@link NerModel#DOC_SENTENCES}, optionally with name propagation. */
  public int[][] tagAll(List<NerSentence> sentences, boolean propagate) {
    int[][] out = new int[sentences.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = tag(sentences.get(i).words());
    }
    if (propagate) {
      for (int from = 0; from < out.length; from += NerModel.DOC_SENTENCES) {
        int to = Math.min(out.length, from + NerModel.DOC_SENTENCES);
        CharSequence[][] words = new CharSequence[to - from][];
        int[][] tags = new int[to - from][];
        for (int s = from; s < to; s++) {
          words[s - from] = sentences.get(s).words().toArray(new CharSequence[0]);
          tags[s - from] = out[s];
        }
        NerModel.propagate(words, tags, 2);
      }
    }
    return out;
  }

  /**
   * The log of each tag's marginal probability at each token ({@code n * T}) under the CRF: what the tagger believes
   * of each token, its context and the path constraints taken in.
   */
  float[] logMarginals(List<String> words) {
    int n = words.size();
    float[] e = emissions(words);
    double[] alpha = new double[n * T];
    double[] beta = new double[n * T];
    double logZ = forwardBackward(e, n, transitions(), alpha, beta);
    float[] out = new float[n * T];
    for (int i = 0; i < n * T; i++) {
      out[i] = (float) Math.max(-30, alpha[i] + beta[i] - logZ);
    }
    return out;
  }

  /**
   * Per token, the tagger's best-path tag and its confidence as {@code tag * 4 + bucket}, the bucket of the tag's
   * marginal probability (under 0.5, 0.8, 0.95, above): what the perceptron's second stage reads when stacked.
   */
  int[] codes(List<? extends CharSequence> words) {
    int n = words.size();
    if (n == 0) {
      return new int[0];
    }
    List<String> w = new ArrayList<>(n);
    for (CharSequence c : words) {
      w.add(c.toString());
    }
    float[] e = emissions(w);
    float[] trans = transitions();
    int[] tags = NerModel.viterbi(e, n, trans);
    double[] alpha = new double[n * T];
    double[] beta = new double[n * T];
    double logZ = forwardBackward(e, n, trans, alpha, beta);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      double pr = Math.exp(alpha[i * T + tags[i]] + beta[i * T + tags[i]] - logZ);
      int bucket = pr < 0.5 ? 0 : pr < 0.8 ? 1 : pr < 0.95 ? 2 : 3;
      out[i] = tags[i] * 4 + bucket;
    }
    return out;
  }

  /**
   * Scores the combination of a perceptron model and this tagger on tagged sentences: in the perceptron's last pass,
   * {@code weight} times this tagger's {@link #logMarginals} are added to its tag scores before decoding (documents
   * of {@link NerModel#DOC_SENTENCES}, name propagation as the model has it).
   */
  public NerScores evaluateCombined(NerModel model, float weight, List<NerSentence> sentences) {
    NerScores scores = new NerScores();
    NerFeatures.Sentence buffer = new NerFeatures.Sentence();
    for (int from = 0; from < sentences.size(); from += NerModel.DOC_SENTENCES) {
      List<NerSentence> doc = sentences.subList(from, Math.min(sentences.size(), from + NerModel.DOC_SENTENCES));
      List<CharSequence[]> words = new ArrayList<>(doc.size());
      float[][] extra = new float[doc.size()][];
      for (int s = 0; s < doc.size(); s++) {
        words.add(doc.get(s).words().toArray(new CharSequence[0]));
        extra[s] = doc.get(s).size() == 0 ? new float[0] : logMarginals(doc.get(s).words());
        for (int k = 0; k < extra[s].length; k++) {
          extra[s][k] *= weight;
        }
      }
      int[][] tags = model.tagDocument(words, buffer, null, extra);
      for (int s = 0; s < doc.size(); s++) {
        scores.add(doc.get(s).tags(), tags[s]);
      }
    }
    return scores;
  }

  // ---- Training. ----

  /**
   * Trains a tagger on {@code train}, keeping the epoch of best micro-F1 on {@code dev} (the last when dev is empty).
   *
   * @param clusters the perceptron's word clusters, for the sparse features
   * @param gazetteer the perceptron's gazetteer, for the sparse features
   */
  public static BiLstmTagger train(Options options, Embeddings embeddings, WordClusters clusters,
      Gazetteer gazetteer, List<NerSentence> train, List<NerSentence> dev, Consumer<String> log) {
    NerFeatures features = new NerFeatures(clusters, gazetteer, Triggers.bundled(), true, true);
    BiLstmTagger net = initial(options, embeddings, features);
    return net.fit(train, dev, log);
  }

  BiLstmTagger fit(List<NerSentence> train, List<NerSentence> dev, Consumer<String> log) {
    Shape s = shape;
    List<Input> inputs = new ArrayList<>(train.size());
    List<int[]> golds = new ArrayList<>(train.size());
    NerFeatures.Sentence buffer = new NerFeatures.Sentence();
    for (NerSentence sentence : train) {
      if (sentence.size() == 0) {
        continue;
      }
      CharSequence[] w = sentence.words().toArray(new CharSequence[0]);
      inputs.add(input(w, w.length, buffer));
      golds.add(repaired(sentence.tags()));
    }
    float[] g = new float[s.size];
    float[] m = new float[s.size];
    float[] v = new float[s.size];
    float[] gbag = new float[bag.length];
    float[] mbag = new float[bag.length];
    float[] vbag = new float[bag.length];
    int[] bagStep = new int[s.bagRows];
    Touched touched = new Touched(s.bagRows);
    SplittableRandom random = new SplittableRandom(options.seed() + 1);
    int[] order = new int[inputs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    float[] bestP = p.clone();
    float[] bestBag = bag.clone();
    double bestF1 = -1;
    int bestEpoch = 0;
    int step = 0;
    double b1 = 0.9;
    double b2 = 0.999;
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      long started = System.nanoTime();
      NerTrainer.shuffle(order, random);
      double loss = 0;
      for (int from = 0; from < order.length; from += options.batch()) {
        int to = Math.min(order.length, from + options.batch());
        for (int k = from; k < to; k++) {
          loss += lossAndGradient(inputs.get(order[k]), golds.get(order[k]), random, g, gbag, touched);
        }
        // Global norm clipping at 5, then Adam (lazy on the bag's touched rows).
        double norm = 0;
        for (float x : g) {
          norm += x * x;
        }
        for (int r = 0; r < touched.count; r++) {
          int base = touched.rows[r] * s.bagDim;
          for (int d = 0; d < s.bagDim; d++) {
            norm += gbag[base + d] * gbag[base + d];
          }
        }
        norm = Math.sqrt(norm);
        float clip = norm > 5 ? (float) (5 / norm) : 1f;
        step++;
        double lr = options.learningRate() * Math.sqrt(1 - Math.pow(b2, step)) / (1 - Math.pow(b1, step));
        for (int k = 0; k < s.size; k++) {
          float gk = g[k] * clip;
          m[k] = (float) (b1 * m[k] + (1 - b1) * gk);
          v[k] = (float) (b2 * v[k] + (1 - b2) * gk * gk);
          p[k] -= (float) (lr * m[k] / (Math.sqrt(v[k]) + 1e-8));
          g[k] = 0;
        }
        for (int r = 0; r < touched.count; r++) {
          int row = touched.rows[r];
          int t = ++bagStep[row];
          double rlr = options.learningRate() * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
          int base = row * s.bagDim;
          for (int d = 0; d < s.bagDim; d++) {
            float gk = gbag[base + d] * clip;
            mbag[base + d] = (float) (b1 * mbag[base + d] + (1 - b1) * gk);
            vbag[base + d] = (float) (b2 * vbag[base + d] + (1 - b2) * gk * gk);
            bag[base + d] -= (float) (rlr * mbag[base + d] / (Math.sqrt(vbag[base + d]) + 1e-8));
            gbag[base + d] = 0;
          }
        }
        touched.clear();
      }
      String line = String.format(Locale.ROOT, "bilstm: epoch %d, loss %.1f, %.0f s", epoch, loss,
          (System.nanoTime() - started) / 1e9);
      if (!dev.isEmpty()) {
        double f1 = evaluate(dev, false).microF1();
        line += String.format(Locale.ROOT, ", dev micro-F1 %.4f", f1);
        if (f1 > bestF1) {
          bestF1 = f1;
          bestEpoch = epoch;
          System.arraycopy(p, 0, bestP, 0, p.length);
          System.arraycopy(bag, 0, bestBag, 0, bag.length);
        }
      }
      log.accept(line);
      if (!dev.isEmpty() && epoch - bestEpoch >= options.patience()) {
        break;
      }
    }
    if (dev.isEmpty()) {
      keptEpoch = options.epochs();
      return this;
    }
    log.accept("bilstm: kept epoch " + bestEpoch);
    BiLstmTagger kept = new BiLstmTagger(options, embeddings, features, bestP, bestBag);
    kept.keptEpoch = bestEpoch;
    return kept;
  }

  // ---- Reading and writing. ----

  /** Writes the tagger (dense weights as floats, the bag's non-zero rows quantised to bytes, the vectors). */
  public void write(OutputStream out) throws IOException {
    DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(out)));
    o.writeInt(MAGIC);
    o.writeInt(options.hidden());
    o.writeInt(options.bagDim());
    o.writeInt(options.bagBits());
    o.writeBoolean(options.allFeatures());
    embeddings.write(o);
    o.writeInt(p.length);
    for (float x : p) {
      o.writeFloat(x);
    }
    int d = shape.bagDim;
    int rows = 0;
    for (int r = 0; r < shape.bagRows; r++) {
      if (nonZero(r)) {
        rows++;
      }
    }
    o.writeInt(rows);
    for (int r = 0; r < shape.bagRows; r++) {
      if (!nonZero(r)) {
        continue;
      }
      o.writeInt(r);
      float max = 0;
      for (int k = 0; k < d; k++) {
        max = Math.max(max, Math.abs(bag[r * d + k]));
      }
      float scale = max / 127f;
      o.writeFloat(scale);
      for (int k = 0; k < d; k++) {
        o.writeByte(Math.round(bag[r * d + k] / scale));
      }
    }
    o.flush();
    o.close();
  }

  private boolean nonZero(int r) {
    for (int k = 0; k < shape.bagDim; k++) {
      if (bag[r * shape.bagDim + k] != 0f) {
        return true;
      }
    }
    return false;
  }

  /** Reads a tagger {@link #write} wrote; its sparse features come from the given perceptron resources. */
  public static BiLstmTagger read(InputStream gzipped, WordClusters clusters, Gazetteer gazetteer)
      throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(gzipped)));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a khabar BiLSTM tagger");
    }
    int hidden = in.readInt();
    int bagDim = in.readInt();
    int bagBits = in.readInt();
    boolean all = in.readBoolean();
    Options std = Options.standard();
    Options options = new Options(hidden, bagDim, bagBits, all, std.dropout(), std.bagDropout(), std.learningRate(),
        std.batch(),
        std.epochs(), std.patience(), std.seed());
    Embeddings embeddings = Embeddings.read(in);
    Shape s = new Shape(embeddings.dim(), bagDim, bagBits, hidden);
    int size = in.readInt();
    if (size != s.size) {
      throw new IOException("weights of size " + size + ", expected " + s.size);
    }
    float[] p = new float[size];
    for (int i = 0; i < size; i++) {
      p[i] = in.readFloat();
    }
    float[] bag = new float[s.bagRows * bagDim];
    int rows = in.readInt();
    for (int i = 0; i < rows; i++) {
      int r = in.readInt();
      if (r < 0 || r >= s.bagRows) {
        throw new IOException("bad bag row " + r);
      }
      float scale = in.readFloat();
      for (int k = 0; k < bagDim; k++) {
        bag[r * bagDim + k] = in.readByte() * scale;
      }
    }
    NerFeatures features = new NerFeatures(clusters, gazetteer, Triggers.bundled(), true, true);
    return new BiLstmTagger(options, embeddings, features, p, bag);
  }

  // ---- For the gradient check. ----

  float[] parameters() {
    return p;
  }

  float[] bagTable() {
    return bag;
  }

  int parameterCount() {
    return shape.size;
  }
}
