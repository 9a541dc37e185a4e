package org.khabar.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;

/**
 * The words and sentence ends of a line, with offsets and matching keys. Stateless.
 *
 * <p>A word's {@code key} is its {@link ArabicText#matchKey}; sentence ends (. ! ? ؟) are kept as tokens with
 * {@code word == false} so that callers can split sentences.
 */
final class Words {
  private Words() {}

  /** A word or sentence end. */
  record Tok(int start, int end, String key, boolean word) {}

  private static final int MAX_WORD = 64;

  static List<Tok> of(String line) {
    List<Tok> out = new ArrayList<>(Math.min(line.length() / 5 + 4, 1 << 16));
    int n = line.length();
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (isWordChar(c)) {
        int s = i;
        while (i < n && i - s < MAX_WORD && isWordChar(line.charAt(i))) {
          i++;
        }
        String key = ArabicText.matchKey(line.substring(s, i));
        if (!key.isEmpty()) {
          out.add(new Tok(s, i, key, true));
        }
        continue;
      }
      if (isSentenceEnd(c) || c == '\u060C' || c == ',' || c == ':' || c == '\u061B' || c == ';') {
        out.add(new Tok(i, i + 1, String.valueOf(c), false));
      }
      i++;
    }
    return out;
  }

  /** The keys of the words that start with a digit (the numbers a claim and its evidence may share). */
  static Set<String> numbers(List<Tok> toks) {
    Set<String> out = new HashSet<>();
    for (Tok t : toks) {
      if (t.word() && Character.isDigit(t.key().charAt(0))) {
        out.add(t.key());
      }
    }
    return out;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL;
  }

  static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4';
  }

  static boolean isSentenceEnd(Tok t) {
    return !t.word() && isSentenceEnd(t.key().charAt(0));
  }

  /**
   * Sentences of a line's token list as {@code [from, to)} index pairs (sentence ends excluded), not cut at a dot
   * between two digits of the line's text (a decimal: 12.1).
   */
  static List<int[]> sentences(List<Tok> toks, String text) {
    List<int[]> out = new ArrayList<>();
    int s = 0;
    for (int i = 0; i <= toks.size(); i++) {
      if (i == toks.size() || (isSentenceEnd(toks.get(i)) && !decimalPoint(text, toks.get(i).start()))) {
        if (i > s) {
          out.add(new int[] {s, i});
        }
        s = i + 1;
      }
    }
    return out;
  }

  private static boolean decimalPoint(String text, int at) {
    return text.charAt(at) == '.' && at > 0 && at + 1 < text.length() && Character.isDigit(text.charAt(at - 1))
        && Character.isDigit(text.charAt(at + 1));
  }

  /** Sentences of a token list as {@code [from, to)} index pairs (sentence ends excluded). */
  static List<int[]> sentences(List<Tok> toks) {
    List<int[]> out = new ArrayList<>();
    int s = 0;
    for (int i = 0; i <= toks.size(); i++) {
      if (i == toks.size() || isSentenceEnd(toks.get(i))) {
        if (i > s) {
          out.add(new int[] {s, i});
        }
        s = i + 1;
      }
    }
    return out;
  }
}
