package org.khabar.entity;

import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;

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
    return ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL || ArabicText.isInvisibleMark(c);
  }

  /** True for characters that make up words: letters of any script, digits, and word-internal marks. */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || isMark(c);
  }

  /** True for the separators allowed between two digits inside one number ({@code 1,500}, {@code ٢٫٥}). */
  static boolean isDigitSeparator(char c) {
    return c == ',' || c == '.' || c == '\u066B' || c == '\u066C';
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
      boolean digits = Character.isDigit(c);
      while (i < n) {
        char d = line.charAt(i);
        if (isWordChar(d) && (Character.isDigit(d) == digits || (!digits && isMark(d)))) {
          i++;
        } else if (isDigitSeparator(d) && i + 1 < n && Character.isDigit(line.charAt(i + 1))
            && i > s && Character.isDigit(line.charAt(i - 1))) {
          i++;
        } else {
          break;
        }
      }
      String key = ArabicText.matchKey(line.substring(s, i));
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

  /** True when only white space (at most a few characters of it) separates offsets {@code from} and {@code to}. */
  static boolean spaceOnlyBetween(String line, int from, int to) {
    if (to - from > 4 || to < from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && !isMark(c)) {
        return false;
      }
    }
    return true;
  }
}
