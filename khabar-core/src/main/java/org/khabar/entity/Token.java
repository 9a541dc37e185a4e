package org.khabar.entity;

import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;
import org.khabar.text.Digits;

/**
 * One word of a line with its span and matching key.
 *
 * @param start the first character's offset within the line
 * @param end the offset just past the word
 * @param key the word's matching key ({@link ArabicText#matchKey})
 */
record Token(int start, int end, String key) {

  /** The offset within {@code line} just after the first {@code n} key characters of this token, marks skipped. */
  int offsetAfterKeyChars(String line, int n) {
    int seen = 0;
    int i = start;
    while (i < end && seen < n) {
      if (!isMark(line.charAt(i))) {
        seen++;
      }
      i++;
    }
    while (i < end && isMark(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** True for characters that belong to a word but not to its key: diacritics, tatweel, invisible marks. */
  static boolean isMark(char c) {
    if (c < '\u0610') {
      return false;
    }
    return ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL || ArabicText.isInvisibleMark(c);
  }

  /** True for characters that make up words: letters of any script, digits, and word-internal marks. */
  static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (c >= ArabicLetters.HAMZA && c <= '\u065F') {
      return true; // Arabic letters, tatweel and harakat
    }
    return Character.isLetterOrDigit(c) || isMark(c);
  }

  /** True for a decimal digit of any script, with a fast path for ASCII. */
  static boolean isDigit(char c) {
    if (c < 128) {
      return c >= '0' && c <= '9';
    }
    if (c >= ArabicLetters.HAMZA && c <= '\u065F') {
      return false;
    }
    return Character.isDigit(c);
  }

  /** Splits a line into words. Never throws; an empty line gives an empty array. */
  static Token[] tokenize(String line) {
    int n = line.length();
    Token[] out = new Token[Math.min(16, n / 2 + 1)];
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (!isWordChar(c) || (isMark(c) && c != ArabicLetters.TATWEEL)) {
        i++;
        continue;
      }
      int s = i;
      boolean digits = isDigit(c);
      while (i < n) {
        char d = line.charAt(i);
        if (isWordChar(d) && (isDigit(d) == digits || (!digits && isMark(d)))) {
          i++;
        } else if (i > s && Digits.joinsDigits(line, i)) { // 1,500, ٢٫٥
          i++;
        } else {
          break;
        }
      }
      String key = key(line, s, i);
      if (key.isEmpty()) {
        continue;
      }
      if (count == out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      out[count++] = new Token(s, i, key);
    }
    return java.util.Arrays.copyOf(out, count);
  }

  /**
   * The matching key of {@code line[s, e)}: the same as {@link ArabicText#matchKey} of that word, computed directly
   * for the common letters (Arabic, ASCII, Arabic-Indic digits) and through {@code matchKey} for anything else.
   */
  static String key(String line, int s, int e) {
    char[] buf = new char[e - s];
    int n = 0;
    for (int i = s; i < e; i++) {
      char c = line.charAt(i);
      if (isMark(c)) {
        continue;
      }
      char f;
      if (c >= ArabicLetters.HAMZA && c <= ArabicLetters.YEH) {
        f = switch (c) {
          case ArabicLetters.ALEF_MADDA, ArabicLetters.ALEF_HAMZA_ABOVE, ArabicLetters.ALEF_HAMZA_BELOW -> ArabicLetters.ALEF;
          case ArabicLetters.ALEF_MAKSURA, ArabicLetters.YEH_HAMZA -> ArabicLetters.YEH;
          case ArabicLetters.TEH_MARBUTA -> ArabicLetters.HEH;
          case ArabicLetters.WAW_HAMZA -> ArabicLetters.WAW;
          default -> c;
        };
      } else if (c < 128 && Character.isLetterOrDigit(c)) {
        f = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c >= '\u0660' && c <= '\u0669') {
        f = (char) ('0' + (c - '\u0660'));
      } else {
        return ArabicText.matchKey(line.substring(s, e));
      }
      buf[n++] = f;
    }
    return new String(buf, 0, n);
  }

  /**
   * True when only white space (at most a few characters of it) separates offsets {@code from} and {@code to}. The
   * underscore counts as a space: hashtags join a name's words with it ({@code #الجيش_الإسرائيلي}).
   */
  static boolean spaceOnlyBetween(String line, int from, int to) {
    if (to - from > 4 || to < from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && c != '_' && !isMark(c)) {
        return false;
      }
    }
    return true;
  }
}
