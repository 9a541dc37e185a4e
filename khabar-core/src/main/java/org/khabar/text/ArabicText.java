package org.khabar.text;

/**
 * Matching keys for Arabic strings: the aggressive folding used to compare names, lines and words whatever their
 * spelling, diacritics or elongation.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArabicText {
  private ArabicText() {}

  /**
   * Returns the matching key of {@code s}: diacritics, tatweel and zero-width or bidi marks removed; alef variants
   * (أ إ آ ٱ) to ا; ى and the Persian ی to ي; ة to ه; ؤ to و, ئ to ي; کـ to ك; Arabic-Indic digits to ASCII; runs of
   * white space to one space; letters lower-cased; and the rest of {@link ArabicNormalizer#key}, whose text this
   * is. {@code matchKey("الأُمَمُ المتّحدة")} is {@code "الامم المتحده"}.
   */
  public static String matchKey(CharSequence s) {
    return TableNormalizer.INSTANCE.keyText(s);
  }

  /** True for zero-width and bidi control characters, which carry no text. */
  public static boolean isInvisibleMark(char c) {
    return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF' || c == '\u061C';
  }
}
