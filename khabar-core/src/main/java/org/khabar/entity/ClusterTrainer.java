package org.khabar.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import org.khabar.text.ArabicText;

/**
 * Learns {@link WordClusters} from raw text: skip-gram word vectors with negative sampling (word2vec, Mikolov et
 * al. 2013) trained in one thread, then spherical k-means of the vectors at several granularities.
 *
 * <p>The corpus is read once; word ids are held in memory (4 bytes a token).
 */
public final class ClusterTrainer {

  /**
   * Training settings.
   *
   * @param minCount words rarer than this get no vector
   * @param dim vector size
   * @param window the largest context distance
   * @param negative negative samples per pair
   * @param epochs passes over the corpus
   * @param granularities the k of each k-means run, coarse to fine
   * @param kmeansWords how many of the most frequent words k-means fits on (all words are then assigned)
   * @param seed random seed
   */
  public record Options(
      int minCount, int dim, int window, int negative, int epochs, int[] granularities, int kmeansWords, long seed) {
    public Options {
      if (minCount < 1 || dim < 2 || window < 1 || negative < 1 || epochs < 1 || granularities.length == 0) {
        throw new IllegalArgumentException("bad cluster options");
      }
      granularities = granularities.clone();
    }

    /** The settings the bundled clusters were trained with. */
    public static Options standard() {
      return new Options(5, 100, 5, 5, 1, new int[] {64, 256, 1024}, 60_000, 42L);
    }

    /** These options with another vector size, context window and number of passes. */
    public Options withSkipGram(int dim, int window, int epochs) {
      return new Options(minCount, dim, window, negative, epochs, granularities, kmeansWords, seed);
    }
  }

  private static final int MAX_EXP = 6;
  private static final int EXP_TABLE = 1000;
  private static final double SUBSAMPLE = 1e-4;
  private static final int UNIGRAM_TABLE = 10_000_000;

  private final Options options;
  private final Consumer<String> log;

  public ClusterTrainer(Options options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  /**
   * Skip-gram vectors learnt from texts, one row per word, words by descending frequency.
   *
   * @param words the words (keys as given by the key function)
   * @param counts each word's corpus frequency
   * @param vectors each word's input vector (not normalised)
   */
  public record Vectors(String[] words, int[] counts, float[][] vectors) {}

  /** Trains clusters on the texts (e.g. article bodies). */
  public WordClusters train(Iterator<String> texts, String source) {
    Vectors trained = vectors(texts, Function.identity());
    String[] vocab = trained.words();
    int[] freq = trained.counts();
    float[][] vectors = trained.vectors();
    int kept = vocab.length;

    // 4. Spherical k-means at each granularity.
    for (float[] v : vectors) {
      normalise(v);
    }
    int[][] assignments = new int[options.granularities().length][];
    for (int g = 0; g < assignments.length; g++) {
      assignments[g] = kmeans(vectors, options.granularities()[g], options.seed() + g);
    }
    Map<String, WordClusters.Entry> words = new HashMap<>(kept * 2);
    for (int i = 0; i < kept; i++) {
      int[] cl = new int[assignments.length];
      for (int g = 0; g < cl.length; g++) {
        cl[g] = assignments[g][i];
      }
      words.put(vocab[i], new WordClusters.Entry(freq[i], cl));
    }
    String header = "# khabar word clusters: skip-gram vectors (dim " + options.dim() + ", window " + options.window()
        + ") + spherical k-means, trained by `khabar train clusters` on " + source;
    return new WordClusters(words, options.granularities(), header);
  }

  /**
   * Learns skip-gram vectors of the texts' words, each word first mapped by {@code key} from its matching key
   * ({@link ArabicText#matchKey}); a key mapped to the empty string is skipped. Words rarer than the options'
   * {@code minCount} get no vector.
   */
  public Vectors vectors(Iterator<String> texts, Function<String, String> keys) {
    // 1. Read the corpus into word ids.
    Map<String, Integer> ids = new HashMap<>();
    int[] counts = new int[1 << 16];
    int[] corpus = new int[1 << 20];
    int length = 0;
    long docs = 0;
    while (texts.hasNext()) {
      String text = texts.next();
      if (text == null) {
        continue;
      }
      docs++;
      LineTokenizer.Tokens t = LineTokenizer.tokenize(text);
      for (int i = 0; i < t.count(); i++) {
        String key = ArabicText.matchKey(text.subSequence(t.starts()[i], t.ends()[i]));
        key = key.isEmpty() ? key : keys.apply(key);
        if (key.isEmpty()) {
          continue;
        }
        Integer id = ids.get(key);
        if (id == null) {
          id = ids.size();
          ids.put(key, id);
          if (id == counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
          }
        }
        counts[id]++;
        if (length == corpus.length) {
          corpus = Arrays.copyOf(corpus, corpus.length * 2);
        }
        corpus[length++] = id;
      }
      if (length > 0 && corpus[length - 1] != -1) {
        if (length == corpus.length) {
          corpus = Arrays.copyOf(corpus, corpus.length * 2);
        }
        corpus[length++] = -1;
      }
    }
    log.accept("clusters: " + docs + " texts, " + length + " tokens, " + ids.size() + " distinct words");

    // 2. Keep words with count >= minCount, ids by descending frequency.
    String[] byOld = new String[ids.size()];
    ids.forEach((k, v) -> byOld[v] = k);
    final int[] c = counts;
    Integer[] order = new Integer[ids.size()];
    int kept = 0;
    for (int i = 0; i < ids.size(); i++) {
      if (c[i] >= options.minCount()) {
        order[kept++] = i;
      }
    }
    Integer[] keptOrder = Arrays.copyOf(order, kept);
    Arrays.sort(keptOrder, (a, b) -> c[a] != c[b] ? Integer.compare(c[b], c[a]) : byOld[a].compareTo(byOld[b]));
    int[] remap = new int[ids.size()];
    Arrays.fill(remap, -2);
    String[] vocab = new String[kept];
    int[] freq = new int[kept];
    for (int i = 0; i < kept; i++) {
      remap[keptOrder[i]] = i;
      vocab[i] = byOld[keptOrder[i]];
      freq[i] = c[keptOrder[i]];
    }
    int n = 0;
    long total = 0;
    for (int i = 0; i < length; i++) {
      int w = corpus[i];
      int r = w == -1 ? -1 : remap[w];
      if (r != -2) {
        corpus[n++] = r;
        total += r >= 0 ? 1 : 0;
      }
    }
    ids.clear();
    log.accept("clusters: vocabulary " + kept + " words (count >= " + options.minCount() + "), " + total + " tokens");

    // 3. Skip-gram with negative sampling.
    return new Vectors(vocab, freq, skipGram(corpus, n, total, freq));
  }

  private float[][] skipGram(int[] corpus, int n, long total, int[] freq) {
    int v = freq.length;
    int dim = options.dim();
    SplittableRandom random = new SplittableRandom(options.seed());
    float[][] in = new float[v][dim];
    float[][] out = new float[v][dim];
    for (float[] row : in) {
      for (int d = 0; d < dim; d++) {
        row[d] = (float) ((random.nextDouble() - 0.5) / dim);
      }
    }
    int[] table = unigramTable(freq);
    float[] exp = new float[EXP_TABLE];
    for (int i = 0; i < EXP_TABLE; i++) {
      double e = Math.exp((i / (double) EXP_TABLE * 2 - 1) * MAX_EXP);
      exp[i] = (float) (e / (e + 1));
    }
    double[] keep = new double[v];
    for (int i = 0; i < v; i++) {
      double f = freq[i] / (double) total;
      keep[i] = Math.min(1.0, (Math.sqrt(f / SUBSAMPLE) + 1) * SUBSAMPLE / f);
    }
    float alpha0 = 0.025f;
    float[] grad = new float[dim];
    int[] sentence = new int[1024];
    long processed = 0;
    long steps = (long) options.epochs() * total;
    long started = System.nanoTime();
    for (int epoch = 0; epoch < options.epochs(); epoch++) {
      int pos = 0;
      while (pos < n) {
        // One text (or 1024 kept words of it) at a time, subsampled.
        int len = 0;
        while (pos < n && corpus[pos] != -1 && len < sentence.length) {
          int w = corpus[pos++];
          processed++;
          if (keep[w] >= 1 || random.nextDouble() < keep[w]) {
            sentence[len++] = w;
          }
        }
        if (pos < n && corpus[pos] == -1) {
          pos++;
        }
        float alpha = Math.max(alpha0 * 1e-4f, alpha0 * (1 - processed / (float) (steps + 1)));
        for (int i = 0; i < len; i++) {
          int b = random.nextInt(options.window());
          int word = sentence[i];
          for (int j = i - options.window() + b; j <= i + options.window() - b; j++) {
            if (j < 0 || j >= len || j == i) {
              continue;
            }
            float[] l1 = in[sentence[j]];
            Arrays.fill(grad, 0);
            for (int k = 0; k <= options.negative(); k++) {
              int target;
              int label;
              if (k == 0) {
                target = word;
                label = 1;
              } else {
                target = table[random.nextInt(table.length)];
                if (target == word) {
                  continue;
                }
                label = 0;
              }
              float[] l2 = out[target];
              float f = 0;
              for (int d = 0; d < dim; d++) {
                f += l1[d] * l2[d];
              }
              float g;
              if (f > MAX_EXP) {
                g = (label - 1) * alpha;
              } else if (f < -MAX_EXP) {
                g = label * alpha;
              } else {
                g = (label - exp[(int) ((f + MAX_EXP) * (EXP_TABLE / MAX_EXP / 2))]) * alpha;
              }
              for (int d = 0; d < dim; d++) {
                grad[d] += g * l2[d];
                l2[d] += g * l1[d];
              }
            }
            for (int d = 0; d < dim; d++) {
              l1[d] += grad[d];
            }
          }
        }
      }
      log.accept(String.format(java.util.Locale.ROOT, "clusters: skip-gram epoch %d done in %.0f s", epoch + 1,
          (System.nanoTime() - started) / 1e9));
    }
    return in;
  }

  private static int[] unigramTable(int[] freq) {
    double norm = 0;
    for (int f : freq) {
      norm += Math.pow(f, 0.75);
    }
    int size = Math.max(1, Math.min(UNIGRAM_TABLE, freq.length * 100));
    int[] table = new int[size];
    int i = 0;
    double cumulative = Math.pow(freq[0], 0.75) / norm;
    for (int a = 0; a < size; a++) {
      table[a] = i;
      if (a / (double) size > cumulative && i < freq.length - 1) {
        i++;
        cumulative += Math.pow(freq[i], 0.75) / norm;
      }
    }
    return table;
  }

  private int[] kmeans(float[][] vectors, int k, long seed) {
    int fit = Math.min(vectors.length, Math.max(k, options.kmeansWords()));
    k = Math.min(k, fit);
    int dim = options.dim();
    SplittableRandom random = new SplittableRandom(seed);
    float[][] centroids = new float[k][];
    // Initial centroids: k distinct words drawn from the fitted range.
    int[] perm = new int[fit];
    for (int i = 0; i < fit; i++) {
      perm[i] = i;
    }
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(fit - i);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
      centroids[i] = vectors[perm[i]].clone();
    }
    int[] assign = new int[vectors.length];
    long started = System.nanoTime();
    int iterations = 10;
    for (int it = 0; it < iterations; it++) {
      int changed = 0;
      for (int i = 0; i < fit; i++) {
        int best = nearest(vectors[i], centroids);
        if (best != assign[i] || it == 0) {
          changed++;
        }
        assign[i] = best;
      }
      float[][] sums = new float[k][dim];
      for (int i = 0; i < fit; i++) {
        float[] s = sums[assign[i]];
        for (int d = 0; d < dim; d++) {
          s[d] += vectors[i][d];
        }
      }
      for (int j = 0; j < k; j++) {
        if (normalise(sums[j])) {
          centroids[j] = sums[j];
        }
      }
      if (changed < fit / 1000) {
        break;
      }
    }
    for (int i = fit; i < vectors.length; i++) {
      assign[i] = nearest(vectors[i], centroids);
    }
    log.accept(String.format(java.util.Locale.ROOT, "clusters: k-means k=%d in %.0f s", k,
        (System.nanoTime() - started) / 1e9));
    return assign;
  }

  private static int nearest(float[] v, float[][] centroids) {
    int best = 0;
    float bestDot = -Float.MAX_VALUE;
    for (int j = 0; j < centroids.length; j++) {
      float[] cj = centroids[j];
      float dot = 0;
      for (int d = 0; d < v.length; d++) {
        dot += v[d] * cj[d];
      }
      if (dot > bestDot) {
        bestDot = dot;
        best = j;
      }
    }
    return best;
  }

  /** Scales {@code v} to unit length in place; false (and unchanged) for the zero vector. */
  public static boolean normalise(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return false;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < v.length; d++) {
      v[d] *= inv;
    }
    return true;
  }
}
