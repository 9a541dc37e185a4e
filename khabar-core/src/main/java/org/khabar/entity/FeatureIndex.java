package org.khabar.entity;

import java.util.Arrays;

/**
 * An open-addressing map from feature ids (32-bit hashes) to weight rows, {@code -1} when absent. Growable while
 * training; read-only, and then thread-safe, once the model is built.
 */
final class FeatureIndex {
  private static final int EMPTY = 0;
  private int[] keys;
  private int[] rows;
  private int size;
  private int mask;
  // Feature id 0 is the empty marker; it is remapped so that no feature is lost.
  private static final int ZERO_ALIAS = 0x1BADB002;

  FeatureIndex(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new int[cap];
    rows = new int[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  int get(int feature) {
    int k = feature == EMPTY ? ZERO_ALIAS : feature;
    int i = spread(k) & mask;
    while (true) {
      int at = keys[i];
      if (at == k) {
        return rows[i];
      }
      if (at == EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The row of {@code feature}, adding it as the next row when absent. */
  int add(int feature) {
    int k = feature == EMPTY ? ZERO_ALIAS : feature;
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = spread(k) & mask;
    while (true) {
      int at = keys[i];
      if (at == k) {
        return rows[i];
      }
      if (at == EMPTY) {
        keys[i] = k;
        rows[i] = size;
        return size++;
      }
      i = (i + 1) & mask;
    }
  }

  /** The feature ids, by row. */
  int[] keysByRow() {
    int[] out = new int[size];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        out[rows[i]] = keys[i];
      }
    }
    return out;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new int[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int j = spread(oldKeys[i]) & mask;
        while (keys[j] != EMPTY) {
          j = (j + 1) & mask;
        }
        keys[j] = oldKeys[i];
        rows[j] = oldRows[i];
      }
    }
  }

  private static int spread(int k) {
    return k ^ (k >>> 15) ^ (k >>> 7);
  }

  @Override
  public String toString() {
    return "FeatureIndex[" + size + " of " + Arrays.stream(keys).count() + "]";
  }
}
