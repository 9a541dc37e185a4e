package org.khabar.entity;

/**
 * An open-addressing map from feature ids (32-bit hashes) to weight rows, {@code -1} when absent. Keys and rows are
 * interleaved in one array so that a lookup touches one cache line. Growable while training; read-only, and then
 * thread-safe, once the model is built.
 */
final class FeatureIndex {
  private static final int EMPTY = 0;
  // Feature id 0 is the empty marker; it is remapped so that no feature is lost.
  private static final int ZERO_ALIAS = 0x1BADB002;

  /** {@code table[2s]} is the key of slot s, {@code table[2s + 1]} its row. */
  private int[] table;
  private int size;
  private int mask;

  FeatureIndex(int expected) {
    int slots = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new int[slots * 2];
    mask = slots - 1;
  }

  int size() {
    return size;
  }

  int get(int feature) {
    int k = feature == EMPTY ? ZERO_ALIAS : feature;
    int i = spread(k) & mask;
    int[] t = table;
    while (true) {
      int at = t[2 * i];
      if (at == k) {
        return t[2 * i + 1];
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
    if ((size + 1) * 2 > mask + 1) {
      grow();
    }
    int i = spread(k) & mask;
    while (true) {
      int at = table[2 * i];
      if (at == k) {
        return table[2 * i + 1];
      }
      if (at == EMPTY) {
        table[2 * i] = k;
        table[2 * i + 1] = size;
        return size++;
      }
      i = (i + 1) & mask;
    }
  }

  /** The feature ids, by row. */
  int[] keysByRow() {
    int[] out = new int[size];
    for (int s = 0; s <= mask; s++) {
      if (table[2 * s] != EMPTY) {
        out[table[2 * s + 1]] = table[2 * s];
      }
    }
    return out;
  }

  private void grow() {
    int[] old = table;
    int slots = (mask + 1) * 2;
    table = new int[slots * 2];
    mask = slots - 1;
    for (int s = 0; s < old.length / 2; s++) {
      if (old[2 * s] != EMPTY) {
        int j = spread(old[2 * s]) & mask;
        while (table[2 * j] != EMPTY) {
          j = (j + 1) & mask;
        }
        table[2 * j] = old[2 * s];
        table[2 * j + 1] = old[2 * s + 1];
      }
    }
  }

  private static int spread(int k) {
    return k ^ (k >>> 15) ^ (k >>> 7);
  }
}
