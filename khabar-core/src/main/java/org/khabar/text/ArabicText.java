package org.khabar.text;

import static org.khabar.text.ArabicLetters.*;

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
   * white space to one space; Latin letters lower-cased. {@code matchKey("الأُمَمُ المتّحدة")} is {@code "الامم المتحده"}.
   */
  public static String matchKey(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDiacritic(c) || c == TATWEEL || isInvisibleMark(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(fold(c));
    }
    return out.toString();
  }

  /** Folds one character as {@link #matchKey} does. */
  static char fold(char c) {
    switch (c) {
      case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
        return ALEF;
      case ALEF_MAKSURA, FARSI_YEH, YEH_HAMZA:
        return YEH;
      case TEH_MARBUTA:
        return HEH;
      case WAW_HAMZA:
        return WAW;
      case KEHEH:
        return '\u0643';
      default:
        break;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    if (c < 128) {
      return Character.toLowerCase(c);
    }
    return c;
  }

  /** True for zero-width and bidi control characters, which carry no text. */
  public static boolean isInvisibleMark(char c) {
    return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF' || c == '\u061C';
  }
}
