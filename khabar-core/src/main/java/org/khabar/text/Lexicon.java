package org.khabar.text;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable table from matching keys to counts, looked up by a slice of a char array so that the hot path
 * allocates nothing. Open addressing with linear probing over one char pool. Thread-safe once built.
 */
final class Lexicon {
  static final Lexicon EMPTY = new Lexicon(List.of(), List.of());

  private final char[] pool;
  private final int[] offsets;
  private final int[] counts;
  private final int[] table; // entry index + 1, 0 = empty
  private final int mask;

  /** Builds the table from keys and their counts (same order). Duplicate keys keep the first count. */
  Lexicon(List<String> keys, List<Integer> keyCounts) {
    int size = Integer.highestOneBit(Math.max(4, keys.size() * 2 - 1)) << 1;
    table = new int[size];
    mask = size - 1;
    int chars = 0;
    for (String k : keys) {
      chars += k.length();
    }
    pool = new char[chars];
    offsets = new int[keys.size() + 1];
    counts = new int[keys.size()];
    int entries = 0;
    int at = 0;
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      k.getChars(0, k.length(), pool, at);
      if (find(pool, at, k.length()) >= 0) {
        continue;
      }
      offsets[entries] = at;
      offsets[entries + 1] = at + k.length();
      counts[entries] = keyCounts.get(i);
      int slot = hash(pool, at, k.length()) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = entries + 1;
      entries++;
      at += k.length();
    }
  }

  /** Loads {@code key TAB count} lines (or bare keys, counted 1) from a text resource. */
  static Lexicon load(String resource) {
    List<String> lines = Resources.lines(resource);
    List<String> keys = new java.util.ArrayList<>(lines.size());
    List<Integer> counts = new java.util.ArrayList<>(lines.size());
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        keys.add(line);
        counts.add(1);
      } else {
        try {
          counts.add(Integer.parseInt(line, tab + 1, line.length(), 10));
        } catch (NumberFormatException e) {
          throw new IllegalStateException("bad count in org/khabar/text/" + resource + ": " + line, e);
        }
        keys.add(line.substring(0, tab));
      }
    }
    return new Lexicon(keys, counts);
  }

  private static int hash(char[] a, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + a[i];
    }
    return h ^ (h >>> 16);
  }

  private int find(char[] a, int off, int len) {
    int slot = hash(a, off, len) & mask;
    while (true) {
      int e = table[slot] - 1;
      if (e < 0) {
        return -1;
      }
      int o = offsets[e];
      if (offsets[e + 1] - o == len && Arrays.equals(pool, o, o + len, a, off, off + len)) {
        return e;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The count of the key {@code a[off, off + len)}, or 0. */
  int count(char[] a, int off, int len) {
    if (len <= 0) {
      return 0;
    }
    int e = find(a, off, len);
    return e < 0 ? 0 : counts[e];
  }

  /** The count of {@code "ا" + a[off, off + len)}: a rest after لل read with the article's alef restored. */
  int countWithAlef(char[] a, int off, int len) {
    return countWithPrefix(ArabicLetters.ALEF, a, off, len);
  }

  /** The count of {@code a[off, off + len)} with its last letter read as ه: حكومت (of حكومته) as حكومه. */
  int countWithFinalHeh(char[] a, int off, int len) {
    if (len <= 0) {
      return 0;
    }
    char[] b = new char[len];
    System.arraycopy(a, off, b, 0, len);
    b[len - 1] = ArabicLetters.HEH;
    return count(b, 0, len);
  }

  /** The count of {@code a[off, off + len) + "ه"}: a stem read with the feminine ending, حكوم as حكومه. */
  int countWithHeh(char[] a, int off, int len) {
    char[] b = new char[len + 1];
    System.arraycopy(a, off, b, 0, len);
    b[len] = ArabicLetters.HEH;
    return count(b, 0, len + 1);
  }

  /** The count of {@code prefix + a[off, off + len)}. */
  int countWithPrefix(char prefix, char[] a, int off, int len) {
    char[] b = new char[len + 1];
    b[0] = prefix;
    System.arraycopy(a, off, b, 1, len);
    return count(b, 0, len + 1);
  }

  /** The count of {@code key}, or 0. */
  int count(String key) {
    return count(key.toCharArray(), 0, key.length());
  }

  /** True when the key {@code a[off, off + len)} is present. */
  boolean contains(char[] a, int off, int len) {
    return len > 0 && find(a, off, len) >= 0;
  }
}
