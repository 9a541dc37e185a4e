package org.khabar.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact, L2-normalised sparse vector over term ids, sorted by id: what an article keeps of its text.
 *
 * @param ids term ids, ascending
 * @param weights the weight of each id, with unit norm (or all zero for an empty vector)
 */
record SparseVector(int[] ids, float[] weights) {
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  /** The {@code k} heaviest entries of {@code weights} (by term id), normalised. */
  static SparseVector top(Map<Integer, Double> weights, int k) {
    if (weights.isEmpty()) {
      return EMPTY;
    }
    List<Map.Entry<Integer, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort((a, b) -> {
      int c = Double.compare(b.getValue(), a.getValue());
      return c != 0 ? c : Integer.compare(a.getKey(), b.getKey());
    });
    int n = Math.min(k, entries.size());
    List<Map.Entry<Integer, Double>> kept = new ArrayList<>(entries.subList(0, n));
    kept.sort(Map.Entry.comparingByKey());
    double norm = 0;
    for (Map.Entry<Integer, Double> e : kept) {
      norm += e.getValue() * e.getValue();
    }
    norm = Math.sqrt(norm);
    int[] ids = new int[n];
    float[] w = new float[n];
    for (int i = 0; i < n; i++) {
      ids[i] = kept.get(i).getKey();
      w[i] = norm == 0 ? 0f : (float) (kept.get(i).getValue() / norm);
    }
    return new SparseVector(ids, w);
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  /** Dot product with another sorted vector. */
  double dot(SparseVector o) {
    double s = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < o.ids.length) {
      if (ids[i] == o.ids[j]) {
        s += weights[i++] * o.weights[j++];
      } else if (ids[i] < o.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return s;
  }

  /** Dot product with a map vector. */
  double dot(Map<Integer, Float> m) {
    double s = 0;
    for (int i = 0; i < ids.length; i++) {
      Float v = m.get(ids[i]);
      if (v != null) {
        s += weights[i] * v;
      }
    }
    return s;
  }

  /** Adds this vector, times {@code scale}, into {@code into}. */
  void addTo(Map<Integer, Float> into, float scale) {
    for (int i = 0; i < ids.length; i++) {
      into.merge(ids[i], weights[i] * scale, Float::sum);
    }
  }

  /** The ids of the {@code k} heaviest entries, heaviest first. */
  int[] heaviest(int k) {
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Float.compare(weights[b], weights[a]));
    int n = Math.min(k, order.length);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = ids[order[i]];
    }
    return out;
  }

  /** The Euclidean norm of a map vector. */
  static double norm(Map<Integer, Float> m) {
    double s = 0;
    for (float v : m.values()) {
      s += v * v;
    }
    return Math.sqrt(s);
  }

  /** Keeps the {@code k} heaviest entries of a map vector (a centroid that would otherwise grow without bound). */
  static Map<Integer, Float> prune(Map<Integer, Float> m, int k) {
    if (m.size() <= k) {
      return m;
    }
    float[] values = new float[m.size()];
    int i = 0;
    for (float v : m.values()) {
      values[i++] = v;
    }
    Arrays.sort(values);
    float cut = values[values.length - k];
    Map<Integer, Float> out = new HashMap<>(k * 2);
    for (Map.Entry<Integer, Float> e : m.entrySet()) {
      if (e.getValue() >= cut && out.size() < k) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }
}
