package org.khabar.claim;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.khabar.entity.ClusterTrainer;

/**
 * Word vectors of light stems ({@link Stems}) for soft matching of a claim against an article: pages that discuss a
 * claim's topic often say it with other words. The vectors are skip-gram vectors (word2vec with negative sampling,
 * learnt by {@link ClusterTrainer#vectors}) of the stems of a news corpus, normalised to unit length and quantised to
 * one signed byte a dimension.
 *
 * <p>Not shipped: soft matching did not lift the claim check (see {@link SoftMatch}); {@code khabar train vectors
 * --out FILE} builds them and {@code khabar eval stance --vectors FILE} measures them.
 *
 * <p>File format (gzip): {@code int} magic, a UTF header naming the source, {@code int} dimension, {@code int}
 * word count, then per word a UTF stem and {@code dim} bytes (value × 127).
 *
 * <p>Immutable and thread-safe.
 */
public final class WordVectors {
  private static final int MAGIC = 0x4B575631; // "KWV1"
  private static final float SCALE = 127f;

  private final Map<String, float[]> vectors;
  private final int dim;
  private final String header;

  private WordVectors(Map<String, float[]> vectors, int dim, String header) {
    this.vectors = vectors;
    this.dim = dim;
    this.header = header;
  }

  /** No vectors: every word is unknown. */
  public static WordVectors empty() {
    return new WordVectors(Map.of(), 0, "# empty");
  }

  /** Vectors given as a map (each normalised to unit length; zero vectors are left out); for tests. */
  static WordVectors of(Map<String, float[]> words, String header) {
    Map<String, float[]> out = new HashMap<>();
    int dim = 0;
    for (Map.Entry<String, float[]> e : words.entrySet()) {
      float[] x = e.getValue().clone();
      if (dim != 0 && x.length != dim) {
        throw new IllegalArgumentException("vectors of different sizes");
      }
      dim = x.length;
      if (ClusterTrainer.normalise(x)) {
        out.put(e.getKey(), x);
      }
    }
    return new WordVectors(out, dim, header);
  }

  /**
   * Learns vectors of the texts' light stems and keeps the {@code maxWords} most frequent ones.
   */
  public static WordVectors train(Iterator<String> texts, ClusterTrainer.Options options, int maxWords,
      String source, Consumer<String> log) {
    ClusterTrainer.Vectors v = new ClusterTrainer(options, log).vectors(texts, Stems::stem);
    int n = Math.min(maxWords, v.words().length);
    int d = options.dim();
    Map<String, float[]> out = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      float[] x = java.util.Arrays.copyOf(v.vectors()[i], d);
      if (ClusterTrainer.normalise(x)) {
        out.put(v.words()[i], quantise(x));
      }
    }
    String header = "# khabar stance word vectors: skip-gram (dim " + options.dim() + ", window " + options.window()
        + ", " + options.epochs() + " epoch(s)) of light stems, " + n + " most frequent, trained by"
        + " `khabar train vectors` on " + source;
    return new WordVectors(out, d, header);
  }

  /** Reads vectors written by {@link #write}. */
  public static WordVectors read(InputStream gzipped) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(gzipped), 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("word vectors: bad magic number");
    }
    String header = in.readUTF();
    int dim = in.readInt();
    int n = in.readInt();
    if (dim < 1 || dim > 4096 || n < 0 || n > 10_000_000) {
      throw new IOException("word vectors: bad sizes " + dim + " x " + n);
    }
    Map<String, float[]> out = new HashMap<>(n * 2);
    byte[] b = new byte[dim];
    for (int i = 0; i < n; i++) {
      String word = in.readUTF();
      in.readFully(b);
      float[] x = new float[dim];
      for (int d = 0; d < dim; d++) {
        x[d] = b[d] / SCALE;
      }
      ClusterTrainer.normalise(x);
      out.put(word, x);
    }
    return new WordVectors(out, dim, header);
  }

  /** Writes the vectors, gzipped, in the resource format (words sorted, so that the file is reproducible). */
  public void write(OutputStream os) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(MAGIC);
    out.writeUTF(header);
    out.writeInt(dim);
    out.writeInt(vectors.size());
    var words = new java.util.ArrayList<>(vectors.keySet());
    java.util.Collections.sort(words);
    byte[] b = new byte[dim];
    for (String w : words) {
      float[] x = vectors.get(w);
      for (int d = 0; d < dim; d++) {
        b[d] = (byte) Math.max(-127, Math.min(127, Math.round(x[d] * SCALE)));
      }
      out.writeUTF(w);
      out.write(b);
    }
    out.flush();
    gz.finish();
  }

  /** The unit vector of a light stem, or {@code null} when unknown. */
  float[] vector(String stem) {
    return vectors.get(stem);
  }

  /** The cosine of two unit vectors. */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int d = 0; d < a.length; d++) {
      dot += a[d] * b[d];
    }
    return dot;
  }

  /** How many words. */
  public int size() {
    return vectors.size();
  }

  /** The vector size. */
  public int dim() {
    return dim;
  }

  /** The header naming the source. */
  public String header() {
    return header;
  }

  /** The vector as it is stored (quantised), re-normalised. */
  private static float[] quantise(float[] x) {
    float[] q = new float[x.length];
    for (int d = 0; d < x.length; d++) {
      q[d] = Math.max(-127, Math.min(127, Math.round(x[d] * SCALE))) / SCALE;
    }
    ClusterTrainer.normalise(q);
    return q;
  }
}
