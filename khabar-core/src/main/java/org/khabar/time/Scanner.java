package org.khabar.time;

import static org.khabar.text.ArabicLetters.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.khabar.text.ArabicText;

/**
 * Splits one line into folded tokens that keep their offsets in the original line.
 *
 * <p>Tokens are runs of letters (folded as {@link ArabicText#matchKey} folds them, marks and tatweel dropped), runs
 * of digits of any script (as a number), or single punctuation marks (dashes, commas and brackets normalised). One
 * pass, no regular expressions. Not thread-safe: one instance per line.
 */
final class Scanner {
  static final byte WORD = 0;
  static final byte NUM = 1;
  static final byte PUNCT = 2;

  /** Longest digit run read as a number; longer runs are kept as numbers that match nothing. */
  private static final int MAX_DIGITS = 9;

  int size;
  byte[] type = new byte[16];
  String[] key = new String[16];
  int[] start = new int[16];
  int[] end = new int[16];
  long[] num = new long[16];
  int[] digits = new int[16];
  boolean[] spaceBefore = new boolean[16];

  private Scanner() {}

  /** Scans {@code line}. */
  static Scanner scan(String line) {
    Scanner s = new Scanner();
    StringBuilder buf = new StringBuilder();
    int n = line.length();
    int i = 0;
    boolean space = true;
    while (i < n) {
      char c = line.charAt(i);
      if (c == ' ' || Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
        i++;
        continue;
      }
      if (isMark(c)) {
        i++;
        continue;
      }
      if (isLetter(c)) {
        int from = i;
        int last = i;
        buf.setLength(0);
        while (i < n) {
          char d = line.charAt(i);
          if (isMark(d)) {
            last = i; // trailing tanween or tatweel belong to the word's span
            i++;
            continue;
          }
          if (!isLetter(d)) {
            break;
          }
          buf.append(fold(d));
          last = i;
          i++;
        }
        s.add(WORD, buf.toString(), from, last + 1, 0, 0, space);
      } else if ((c >= '0' && c <= '9') || (c >= 128 && Character.isDigit(c))) {
        int from = i;
        long value = 0;
        int count = 0;
        while (i < n && Character.isDigit(line.charAt(i))) {
          if (count < MAX_DIGITS) {
            value = value * 10 + Character.digit(line.charAt(i), 10);
          }
          count++;
          i++;
        }
        s.add(NUM, "", from, i, count <= MAX_DIGITS ? value : -1, count, space);
      } else {
        int cp = line.codePointAt(i);
        int len = Character.charCount(cp);
        s.add(PUNCT, punct(cp), i, i + len, 0, 0, space);
        i += len;
      }
      space = false;
    }
    return s;
  }

  /** The folded words of a phrase, as the lexicon stores them. */
  static String[] keysOf(String phrase) {
    Scanner s = scan(phrase);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < s.size; i++) {
      keys.add(s.type[i] == NUM ? Long.toString(s.num[i]) : s.key[i]);
    }
    return keys.toArray(new String[0]);
  }

  private void add(byte t, String k, int from, int to, long value, int count, boolean space) {
    if (size == type.length) {
      int cap = size * 2;
      type = Arrays.copyOf(type, cap);
      key = Arrays.copyOf(key, cap);
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      num = Arrays.copyOf(num, cap);
      digits = Arrays.copyOf(digits, cap);
      spaceBefore = Arrays.copyOf(spaceBefore, cap);
    }
    type[size] = t;
    key[size] = k;
    start[size] = from;
    end[size] = to;
    num[size] = value;
    digits[size] = count;
    spaceBefore[size] = space;
    size++;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && type[i] == WORD;
  }

  boolean isNum(int i) {
    return i >= 0 && i < size && type[i] == NUM;
  }

  boolean isPunct(int i, String p) {
    return i >= 0 && i < size && type[i] == PUNCT && key[i].equals(p);
  }

  /**
   * Offset in the original line of the {@code k}-th key character of word token {@code i}: the key drops marks,
   * so the offset is found by counting letters from the token's start.
   */
  int offsetOfKeyChar(String line, int i, int k) {
    int pos = start[i];
    int seen = 0;
    while (pos < end[i]) {
      char c = line.charAt(pos);
      if (!isMark(c)) {
        if (seen == k) {
          return pos;
        }
        seen++;
      }
      pos++;
    }
    return end[i];
  }

  /** {@link Character#isLetter} with a fast path for Arabic letters and ASCII. */
  private static boolean isLetter(char c) {
    if (c >= HAMZA && c <= '\u064A') {
      return true;
    }
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  private static boolean isMark(char c) {
    if (c < '\u0300') {
      return false; // Latin, digits, punctuation: the hot path
    }
    if (c >= HAMZA && c <= '\u064A') {
      return c == TATWEEL; // Arabic letters
    }
    return isDiacritic(c) || ArabicText.isInvisibleMark(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static char fold(char c) {
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
        return c < 128 ? Character.toLowerCase(c) : c;
    }
  }

  private static String punct(int cp) {
    switch (cp) {
      case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
        return "-";
      case ',', '\u060C':
        return ",";
      case '(', '[', '{', '\uFD3F':
        return "(";
      case ')', ']', '}', '\uFD3E':
        return ")";
      case '/', '\\', '\u2044':
        return "/";
      case '.', '\u06D4':
        return ".";
      default:
        return new String(Character.toChars(cp));
    }
  }
}
