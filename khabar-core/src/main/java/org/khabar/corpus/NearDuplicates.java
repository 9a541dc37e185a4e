package org.khabar.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds wire copies and re-posts: MinHash signatures over word shingles of the matching-key text, LSH banding for
 * candidates, verified by the estimated Jaccard similarity, and grouped by union-find.
 *
 * <p>With {@value #BANDS} bands of {@value #ROWS} rows, a pair at Jaccard {@code s} becomes a candidate with
 * probability {@code 1 - (1 - s^ROWS)^BANDS}: about 0.98 at s = 0.6, 0.05 at s = 0.2. Candidates are then kept only
 * when their estimated Jaccard reaches the threshold. Memory per article: one {@code int[HASHES]} signature.
 *
 * <p>Not thread-safe.
 */
final class NearDuplicates {
  static final int HASHES = 64;
  static final int BANDS = 16;
  static final int ROWS = HASHES / BANDS;
  static final int SHINGLE = 3;
  /** Articles with fewer shingles than this (empty or near-empty bodies) are never grouped. */
  static final int MIN_SHINGLES = 8;
  /** A bucket holds at most this many articles: a boilerplate-only body must not make every pair a candidate. */
  static final int MAX_BUCKET = 64;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      SEEDS[i] = x;
    }
  }

  private final double threshold;
  private final List<int[]> signatures = new ArrayList<>();
  private final Map<Long, int[]> buckets = new HashMap<>();
  private final UnionFind sets = new UnionFind();

  NearDuplicates(double threshold) {
    this.threshold = threshold;
  }

  /** The MinHash signature of {@code tokens}, or {@code null} when there are too few shingles to judge. */
  static int[] signature(List<String> tokens) {
    int shingles = tokens.size() - SHINGLE + 1;
    if (shingles < MIN_SHINGLES) {
      return null;
    }
    long[] hashes = new long[tokens.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = mix(tokens.get(i).hashCode() * 0xC2B2AE3D27D4EB4FL);
    }
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int i = 0; i < shingles; i++) {
      long h = hashes[i];
      for (int k = 1; k < SHINGLE; k++) {
        h = h * 31 + hashes[i + k];
      }
      for (int j = 0; j < HASHES; j++) {
        int v = (int) (mix(h ^ SEEDS[j]) >>> 33);
        if (v < sig[j]) {
          sig[j] = v;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of two signatures. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** Adds the next article (index {@code size()}) with its signature, or {@code null} for no usable text. */
  void add(int[] sig) {
    int me = sets.add();
    signatures.add(sig);
    if (sig == null) {
      return;
    }
    for (int b = 0; b < BANDS; b++) {
      long key = b;
      for (int r = 0; r < ROWS; r++) {
        key = mix(key * 0x100000001B3L + sig[b * ROWS + r]);
      }
      int[] bucket = buckets.get(key);
      if (bucket == null) {
        bucket = new int[] {0, -1, -1, -1};
      }
      int count = bucket[0];
      for (int i = 1; i <= count; i++) {
        int other = bucket[i];
        if (sets.find(other) != sets.find(me) && similarity(sig, signatures.get(other)) >= threshold) {
          sets.union(me, other);
        }
      }
      if (count < MAX_BUCKET) {
        if (count + 1 >= bucket.length) {
          bucket = java.util.Arrays.copyOf(bucket, Math.min(MAX_BUCKET + 1, bucket.length * 2));
        }
        bucket[count + 1] = me;
        bucket[0] = count + 1;
      }
      buckets.put(key, bucket);
    }
  }

  /** Groups of two or more article indexes, each sorted, in order of their first member. */
  List<List<Integer>> groups() {
    Map<Integer, List<Integer>> byRoot = new java.util.LinkedHashMap<>();
    for (int i = 0; i < sets.size(); i++) {
      byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
    }
    return byRoot.values().stream().filter(g -> g.size() > 1).toList();
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
