package org.khabar.text;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable table from matching keys to a count, a family count and flags, looked up by a slice of a char array
 * so that the hot path allocates nothing. Open addressing with linear probing; each entry is one run of chars in a
 * pool, so that a hit reads one slot and one stretch of memory. Thread-safe once built.
 */
final class Lexicon {
  /** Flag: the key is a word of a gazetteer name. */
  static final int NAME = 1;

  /** Flag: the key is a closed-class or lexicalised word never cut into proclitic + rest. */
  static final int CLOSED = 2;

  private static final int HEADER = 8; // length, count (2 chars), family (2 chars), prefixed (2 chars), flags

  static final Lexicon EMPTY = new Lexicon(Map.of());

  private final char[] pool;
  /** Per slot: the key's hash in the high half, its pool offset + 1 in the low half; 0 = empty. */
  private final long[] table;
  private final int mask;

  /**
   * Builds the table from keys with {@code {count, flags}}. The family count of a key is its count plus the counts
   * of the key after و and after ف (وببيلا counts for ببيلا); its prefixed count is how often it follows و ف ب ل
   * or ال; both are computed here once.
   */
  Lexicon(Map<String, int[]> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    table = new long[size];
    mask = size - 1;
    int chars = 0;
    for (String k : entries.keySet()) {
      chars += k.length() + HEADER;
    }
    pool = new char[chars];
    int at = 0;
    for (Map.Entry<String, int[]> e : entries.entrySet()) {
      String k = e.getKey();
      if (k.isEmpty() || k.length() >= Character.MAX_VALUE) {
        continue;
      }
      int count = e.getValue()[0];
      int waw = valueOf(entries, ArabicLetters.WAW + k);
      int feh = valueOf(entries, ArabicLetters.FEH + k);
      int family = count + waw + feh;
      int prefixed = waw + feh + valueOf(entries, "ال" + k) + valueOf(entries, ArabicLetters.BEH + k)
          + valueOf(entries, ArabicLetters.LAM + k);
      pool[at] = (char) k.length();
      pool[at + 1] = (char) (count >>> 16);
      pool[at + 2] = (char) count;
      pool[at + 3] = (char) (family >>> 16);
      pool[at + 4] = (char) family;
      pool[at + 5] = (char) (prefixed >>> 16);
      pool[at + 6] = (char) prefixed;
      pool[at + 7] = (char) e.getValue()[1];
      k.getChars(0, k.length(), pool, at + HEADER);
      int h = hash(pool, at + HEADER, k.length());
      int slot = h & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = ((long) h << 32) | (at + 1L);
      at += k.length() + HEADER;
    }
  }

  private static int valueOf(Map<String, int[]> entries, String key) {
    int[] v = entries.get(key);
    return v == null ? 0 : v[0];
  }

  /** Adds the {@code key TAB count} lines of a resource to {@code into} (bare keys count 1). */
  static void addCounts(String resource, Map<String, int[]> into) {
    for (String line : Resources.lines(resource)) {
      int tab = line.indexOf('\t');
      String key = tab < 0 ? line : line.substring(0, tab);
      int count = 1;
      if (tab >= 0) {
        try {
          count = Integer.parseInt(line, tab + 1, line.length(), 10);
        } catch (NumberFormatException e) {
          throw new IllegalStateException("bad count in org/khabar/text/" + resource + ": " + line, e);
        }
      }
      into.computeIfAbsent(key, x -> new int[2])[0] += count;
    }
  }

  /** Sets {@code flag} on each key of {@code keys}, adding missing keys with count 0. */
  static void addFlag(Iterable<String> keys, int flag, Map<String, int[]> into) {
    for (String key : keys) {
      into.computeIfAbsent(key, x -> new int[2])[1] |= flag;
    }
  }

  /** A table of the given keys, each counted once: for tests and small lists. */
  static Lexicon of(List<String> keys) {
    Map<String, int[]> m = new LinkedHashMap<>();
    for (String k : keys) {
      m.computeIfAbsent(k, x -> new int[2])[0]++;
    }
    return new Lexicon(m);
  }

  private static int hash(char[] a, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + a[i];
    }
    return h ^ (h >>> 16);
  }

  /** The entry of the key {@code a[off, off + len)} (an offset for the accessors below), or -1. */
  int find(char[] a, int off, int len) {
    if (len <= 0) {
      return -1;
    }
    int h = hash(a, off, len);
    int slot = h & mask;
    while (true) {
      long e = table[slot];
      if (e == 0) {
        return -1;
      }
      if ((int) (e >>> 32) == h) {
        int o = (int) e - 1;
        if (pool[o] == len && Arrays.equals(pool, o + HEADER, o + HEADER + len, a, off, off + len)) {
          return o;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The count of entry {@code o} (from {@link #find}), 0 for -1. */
  int countAt(int o) {
    return o < 0 ? 0 : (pool[o + 1] << 16) | pool[o + 2];
  }

  /** The family count of entry {@code o}: its count with its uses after و and ف; 0 for -1. */
  int familyAt(int o) {
    return o < 0 ? 0 : (pool[o + 3] << 16) | pool[o + 4];
  }

  /**
   * How often entry {@code o} itself takes a proclitic (و ف ب ل or ال before it): a word in its own right does
   * (وزير: الوزير, ووزير), a clitic and a word do not (وتابع: never ووتابع). 0 for -1.
   */
  int prefixedAt(int o) {
    return o < 0 ? 0 : (pool[o + 5] << 16) | pool[o + 6];
  }

  /** True when entry {@code o} has {@code flag}; false for -1. */
  boolean hasFlag(int o, int flag) {
    return o >= 0 && (pool[o + 7] & flag) != 0;
  }

  /** The count of the key {@code a[off, off + len)}, or 0. */
  int count(char[] a, int off, int len) {
    return countAt(find(a, off, len));
  }

  /** The count of {@code "ا" + a[off, off + len)}: a rest after لل read with the article's alef restored. */
  int countWithAlef(char[] a, int off, int len) {
    return countWithPrefix(ArabicLetters.ALEF, a, off, len);
  }

  /** The count of {@code "ال" + a[off, off + len)}. */
  int countWithArticle(char[] a, int off, int len) {
    char[] b = new char[len + 2];
    b[0] = ArabicLetters.ALEF;
    b[1] = ArabicLetters.LAM;
    System.arraycopy(a, off, b, 2, len);
    return count(b, 0, len + 2);
  }

  /** The count of {@code prefix + a[off, off + len)}. */
  int countWithPrefix(char prefix, char[] a, int off, int len) {
    char[] b = new char[len + 1];
    b[0] = prefix;
    System.arraycopy(a, off, b, 1, len);
    return count(b, 0, len + 1);
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
}
