package org.khabar.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A normalised text that remembers, for each of its characters, which characters of the original produced it, so
 * that any span found in the normalised text maps back to the exact original characters (and the other way).
 *
 * <p>Character {@code i} of {@link #text()} came from the original characters {@code [starts[i], ends[i])}. Both
 * arrays are non-decreasing; a character expanded by NFKC (ﻻ to لا) gives several normalised characters with the
 * same origin; removed characters (diacritics, tatweel) are covered by the span of the character before them, so a
 * word's span in the original keeps its marks.
 *
 * <p>{@code AlignedText a = ArabicNormalizer.standard().key("الأُمَمُ"); a.originalEnd(a.text().length())} is 8.
 *
 * @param original the original string
 * @param text the normalised string
 * @param starts for each normalised character, the offset of its first original character (length {@code
 *     text.length()})
 * @param ends for each normalised character, the offset just past its last original character
 */
public record AlignedText(String original, String text, int[] starts, int[] ends) {
  /** Validates the alignment: same lengths, spans inside the original, non-decreasing. */
  public AlignedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(starts, "starts");
    Objects.requireNonNull(ends, "ends");
    if (starts.length != text.length() || ends.length != text.length()) {
      throw new IllegalArgumentException(
          "alignment length " + starts.length + "/" + ends.length + " != text length " + text.length());
    }
    int previousStart = 0;
    int previousEnd = 0;
    for (int i = 0; i < starts.length; i++) {
      int s = starts[i];
      int e = ends[i];
      if (s < previousStart || e < previousEnd || s > e || e > original.length()) {
        throw new IllegalArgumentException("alignment broken at normalised offset " + i + ": [" + s + ", " + e + ")");
      }
      previousStart = s;
      previousEnd = e;
    }
  }

  /** The identity alignment of {@code s} with itself. */
  public static AlignedText identity(String s) {
    int[] starts = new int[s.length()];
    int[] ends = new int[s.length()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new AlignedText(s, s, starts, ends);
  }

  /** A copy of the start offsets. */
  @Override
  public int[] starts() {
    return starts.clone();
  }

  /** A copy of the end offsets. */
  @Override
  public int[] ends() {
    return ends.clone();
  }

  /**
   * The original offset where a normalised span starting at {@code normalizedStart} starts. Offsets are clamped to
   * {@code [0, text().length()]}; the end of the text maps to the end of the original's last aligned character.
   */
  public int originalStart(int normalizedStart) {
    int n = starts.length;
    if (normalizedStart <= 0) {
      return n == 0 ? 0 : starts[0];
    }
    if (normalizedStart >= n) {
      return n == 0 ? 0 : ends[n - 1];
    }
    return starts[normalizedStart];
  }

  /** The original offset just past a normalised span ending (exclusively) at {@code normalizedEnd}; clamped. */
  public int originalEnd(int normalizedEnd) {
    int n = ends.length;
    if (normalizedEnd <= 0) {
      return n == 0 ? 0 : starts[0];
    }
    if (normalizedEnd >= n) {
      return n == 0 ? 0 : ends[n - 1];
    }
    return ends[normalizedEnd - 1];
  }

  /** The original text of the normalised span {@code [normalizedStart, normalizedEnd)}. */
  public String originalSpan(int normalizedStart, int normalizedEnd) {
    int s = originalStart(normalizedStart);
    int e = Math.max(s, originalEnd(normalizedEnd));
    return original.substring(s, e);
  }

  /**
   * The normalised offset of the first normalised character that comes from original offset {@code originalOffset}
   * or later (the normalised length if none): maps an original span start into the normalised text.
   */
  public int normalizedStart(int originalOffset) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) { // first i with ends[i] > originalOffset
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= originalOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The normalised offset just past the last normalised character that starts before original offset {@code
   * originalOffset}: maps an original span end into the normalised text.
   */
  public int normalizedEnd(int originalOffset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) { // first i with starts[i] >= originalOffset
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < originalOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AlignedText a
        && original.equals(a.original)
        && text.equals(a.text)
        && Arrays.equals(starts, a.starts)
        && Arrays.equals(ends, a.ends);
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, text, Arrays.hashCode(starts), Arrays.hashCode(ends));
  }

  @Override
  public String toString() {
    return "AlignedText[" + text + " <- " + original + "]";
  }
}
