package org.khabar.text;

import static org.khabar.text.ArabicLetters.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Rule-based sentence splitting in one pass with bounded look-ahead for quotations. Stateless, thread-safe. */
final class PunctuationSentenceSplitter implements SentenceSplitter {
  static final PunctuationSentenceSplitter INSTANCE = new PunctuationSentenceSplitter();

  /** How far ahead a quotation's closing mark is looked for; longer quotes do not protect their full stops. */
  private static final int MAX_QUOTE = 1000;

  /** How far back an abbreviation before a full stop is looked for. */
  private static final int MAX_ABBREVIATION = 12;

  private final Set<String> abbreviations;

  private PunctuationSentenceSplitter() {
    abbreviations = Resources.keySet("abbreviations.txt");
  }

  @Override
  public List<Span> split(CharSequence text) {
    List<Span> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String s = text.toString();
    int n = s.length();
    int start = 0;
    int quoteEnd = -1; // inside a protected quotation up to this offset
    boolean lineStart = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        add(out, s, start, i);
        start = i + 1;
        quoteEnd = -1;
        lineStart = true;
        continue;
      }
      if (lineStart) {
        if (Character.isWhitespace(c)) {
          continue;
        }
        lineStart = false;
        int listEnd = listMarkerEnd(s, i);
        if (listEnd > i) {
          i = listEnd - 1;
          continue;
        }
      }
      if (i > quoteEnd) {
        char close = closerOf(c);
        if (close != 0) {
          int found = findCloser(s, i + 1, c, close);
          if (found > 0) {
            quoteEnd = found;
          }
          continue;
        }
      }
      if (i < quoteEnd) {
        continue;
      }
      if (i == quoteEnd && i > 0 && isTerminator(s.charAt(i - 1))) {
        int end = i + 1;
        while (end < n && isCloser(s.charAt(end))) {
          end++;
        }
        if (end == n || Character.isWhitespace(s.charAt(end))) {
          add(out, s, start, end);
          start = end;
          i = end - 1;
        }
        continue;
      }
      if ((c == '\u2022' || c == '\u25AA' || c == '\u25CF' || c == '\u25E6') && i > start) {
        add(out, s, start, i);
        start = i;
        continue;
      }
      if (!isTerminator(c)) {
        continue;
      }
      int end = i + 1;
      while (end < n && (isTerminator(s.charAt(end)) || s.charAt(end) == '!')) {
        end++;
      }
      if (c == '.' && end == i + 1 && !isFullStop(s, i)) {
        continue;
      }
      while (end < n && isCloser(s.charAt(end))) {
        end++;
      }
      if (end < n) {
        char next = s.charAt(end);
        boolean boundary = Character.isWhitespace(next) || isArabicLetter(next) || isOpener(next)
            || TableNormalizer.isAttachedMark(next);
        if (!boundary) {
          i = end - 1;
          continue;
        }
      }
      add(out, s, start, end);
      start = end;
      i = end - 1;
    }
    add(out, s, start, n);
    return out;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == ELLIPSIS || c == ARABIC_FULL_STOP
        || c == '\u203C' || c == '\u2047' || c == '\u2048' || c == '\u2049';
  }

  /** A single '.' ends a sentence unless it is a decimal point or follows an abbreviation or an initial. */
  private boolean isFullStop(String s, int i) {
    int n = s.length();
    if (Digits.joinsDigits(s, i)) {
      return false; // 3.5, ١٢.٥
    }
    if (i + 1 < n && Character.isLetter(s.charAt(i + 1)) && !isArabicLetter(s.charAt(i + 1))) {
      return false; // U.S.A, www.site.com
    }
    int w = i;
    int limit = Math.max(0, i - MAX_ABBREVIATION); // bounded, so that "ب.ب.ب..." stays linear
    while (w > limit && (Character.isLetter(s.charAt(w - 1)) || TableNormalizer.isAttachedMark(s.charAt(w - 1))
        || s.charAt(w - 1) == '.')) {
      w--;
    }
    if (w == i) {
      return true;
    }
    String word = s.substring(w, i);
    int letters = 0;
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLetter(word.charAt(k))) {
        letters++;
      }
    }
    if (letters == 1) {
      return false; // د. م. أ. J.
    }
    return !abbreviations.contains(ArabicText.matchKey(word));
  }

  /** The end of a list marker ("1.", "1)", "١-", "-", "*", "•") at the start of a line, or {@code i} if none. */
  private static int listMarkerEnd(String s, int i) {
    int n = s.length();
    int j = i;
    while (j < n && j - i < 3 && digitValue(s.charAt(j)) >= 0) {
      j++;
    }
    if (j > i && j < n && (s.charAt(j) == '.' || s.charAt(j) == ')' || s.charAt(j) == '-')
        && j + 1 < n && s.charAt(j + 1) == ' ') {
      return j + 1;
    }
    return i;
  }

  private static void add(List<Span> out, String s, int start, int end) {
    while (start < end && (Character.isWhitespace(s.charAt(start)) || ScanningTokenizer.isIgnorable(s.charAt(start))
        || Character.isISOControl(s.charAt(start)))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(s.charAt(end - 1))
        || ScanningTokenizer.isIgnorable(s.charAt(end - 1)) || Character.isISOControl(s.charAt(end - 1)))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  private static char closerOf(char c) {
    return switch (c) {
      case LEFT_GUILLEMET -> RIGHT_GUILLEMET;
      case '\u201C' -> '\u201D';
      case '\u201E' -> '\u201C';
      case '"' -> '"';
      case '(' -> ')';
      default -> 0;
    };
  }

  /** The offset of the closing mark within reach on the same line, or -1. */
  private static int findCloser(String s, int from, char open, char close) {
    int limit = Math.min(s.length(), from + MAX_QUOTE);
    for (int j = from; j < limit; j++) {
      char c = s.charAt(j);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (c == close || (open == '\u201C' && c == '\u201C') || (open == '\u201E' && c == '\u201D')) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isCloser(char c) {
    return c == RIGHT_GUILLEMET || c == '\u201D' || c == '"' || c == ')' || c == ']' || c == '\u2019'
        || c == '\'';
  }

  private static boolean isOpener(char c) {
    return c == LEFT_GUILLEMET || c == '\u201C' || c == '\u201E' || c == '"' || c == '(' || c == '-'
        || c == '\u2022';
  }
}
