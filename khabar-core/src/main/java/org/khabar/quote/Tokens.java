package org.khabar.quote;

import java.util.ArrayList;
import java.util.List;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;

/** Splits a line into word and punctuation tokens with their offsets. Stateless. */
final class Tokens {
  private Tokens() {}

  /** Longest word kept as one token; longer runs (base64, junk) are cut so that nothing grows without bound. */
  private static final int MAX_WORD = 64;

  static List<Token> of(String line) {
    List<Token> out = new ArrayList<>(Math.min(line.length() / 4 + 4, 1 << 16));
    int n = line.length();
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (isWordChar(c)) {
        int s = i;
        while (i < n && i - s < MAX_WORD && (isWordChar(line.charAt(i)) || isJoiner(line, i))) {
          i++;
        }
        String key = ArabicText.matchKey(line.substring(s, i));
        if (!key.isEmpty()) {
          out.add(new Token(s, i, key, true));
        }
      } else {
        if (!Character.isWhitespace(c) && !ArabicText.isInvisibleMark(c) && c != '\u00A0') {
          out.add(new Token(i, i + 1, String.valueOf(c), false));
        }
        i++;
      }
    }
    return out;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL;
  }

  /** Longest run of letters before a dot that makes it an abbreviation's dot (بي.إم.دبليو، د.أحمد), not a full stop. */
  private static final int MAX_ABBREVIATION = 3;

  /**
   * A dot or comma inside a number (2.5), a dot after a short run of letters with a letter right after it (an
   * abbreviation: بي.إم.دبليو، د.أحمد; a full stop typed without its space follows a longer word), or a tatweel keeps
   * the word whole.
   */
  private static boolean isJoiner(String line, int i) {
    char c = line.charAt(i);
    if ((c == '.' || c == ',') && i + 1 < line.length() && i > 0
        && Character.isDigit(line.charAt(i - 1)) && Character.isDigit(line.charAt(i + 1))) {
      return true;
    }
    if (c == '.' && i + 1 < line.length() && i > 0 && Character.isLetter(line.charAt(i + 1))
        && Character.isLetter(line.charAt(i - 1))) {
      int run = 0;
      for (int k = i - 1; k >= 0 && Character.isLetter(line.charAt(k)) && run <= MAX_ABBREVIATION; k--) {
        run++;
      }
      return run <= MAX_ABBREVIATION;
    }
    return c == ArabicLetters.TATWEEL;
  }

  /** True for characters used as quotation marks. */
  static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u00AB' || c == '\u00BB' || c == '\u201C' || c == '\u201D' || c == '\u201E'
        || c == '\u201F' || c == '\u2033' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u2039'
        || c == '\u203A';
  }

  /** True for marks that end a sentence. */
  static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4';
  }
}
