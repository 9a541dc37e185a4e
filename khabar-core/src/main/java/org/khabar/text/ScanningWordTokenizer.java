package org.khabar.text;

import static org.khabar.text.WordTokenizer.isSentenceEnd;
import static org.khabar.text.WordTokenizer.isWordChar;

import java.util.ArrayList;
import java.util.List;

/** One pass over the line, one object per token, bounded look-behind. Stateless, thread-safe. */
final class ScanningWordTokenizer implements WordTokenizer {
  /** Longest word kept as one token; longer runs (base64, junk) are cut so that nothing grows without bound. */
  static final int MAX_WORD = 64;

  /** Longest run of letters before a dot that makes it an abbreviation's dot (بي.إم.دبليو، د.أحمد), not a full stop. */
  private static final int MAX_ABBREVIATION = 3;

  private static final ScanningWordTokenizer[] SHARED = new ScanningWordTokenizer[Dots.values().length
      * Marks.values().length];

  static {
    for (Dots d : Dots.values()) {
      for (Marks m : Marks.values()) {
        SHARED[index(d, m)] = new ScanningWordTokenizer(d, m);
      }
    }
  }

  private final boolean dotsInside;
  private final boolean allMarks;

  private ScanningWordTokenizer(Dots dots, Marks marks) {
    this.dotsInside = dots == Dots.INSIDE_NUMBERS_AND_ABBREVIATIONS;
    this.allMarks = marks == Marks.ALL_VISIBLE;
  }

  static ScanningWordTokenizer of(Dots dots, Marks marks) {
    return SHARED[index(dots, marks)];
  }

  private static int index(Dots dots, Marks marks) {
    return dots.ordinal() * Marks.values().length + marks.ordinal();
  }

  @Override
  public List<WordToken> tokenize(String line) {
    if (line == null) {
      return new ArrayList<>();
    }
    int n = line.length();
    List<WordToken> out = new ArrayList<>(Math.min(n / 4 + 4, 1 << 16));
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (isWordChar(c)) {
        int s = i;
        while (i < n && i - s < MAX_WORD && (isWordChar(line.charAt(i)) || (dotsInside && isInnerDot(line, i)))) {
          i++;
        }
        String key = ArabicText.matchKey(line.substring(s, i));
        if (!key.isEmpty()) {
          out.add(new WordToken(s, i, key, true));
        }
        continue;
      }
      if (allMarks ? isVisibleMark(c) : isSentenceOrClauseMark(c)) {
        out.add(new WordToken(i, i + 1, String.valueOf(c), false));
      }
      i++;
    }
    return out;
  }

  private static boolean isSentenceOrClauseMark(char c) {
    return isSentenceEnd(c) || c == ArabicLetters.ARABIC_COMMA || c == ',' || c == ':'
        || c == ArabicLetters.ARABIC_SEMICOLON || c == ';';
  }

  private static boolean isVisibleMark(char c) {
    return !Character.isWhitespace(c) && !ArabicText.isInvisibleMark(c) && c != '\u00A0';
  }

  /**
   * A separator between two digits of any script ({@link Digits#joinsDigits}: 2.5, 1,200, ١٢٫٥, ١٬٢٠٠), or a dot
   * after one to {@value #MAX_ABBREVIATION} letters with a letter right after it (an abbreviation: بي.إم.دبليو،
   * د.أحمد; a full stop typed without its space follows a longer word).
   */
  private static boolean isInnerDot(String line, int i) {
    if (Digits.joinsDigits(line, i)) {
      return true;
    }
    char c = line.charAt(i);
    if (c == '.' && i + 1 < line.length() && i > 0 && Character.isLetter(line.charAt(i + 1))
        && Character.isLetter(line.charAt(i - 1))) {
      int run = 0;
      for (int k = i - 1; k >= 0 && Character.isLetter(line.charAt(k)) && run <= MAX_ABBREVIATION; k--) {
        run++;
      }
      return run <= MAX_ABBREVIATION;
    }
    return false;
  }
}
