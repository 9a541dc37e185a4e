package org.khabar.entity;

import static org.khabar.text.ArabicLetters.TATWEEL;

import org.khabar.text.ArabicLetters;
import org.khabar.text.ArabicText;

/**
 * The recogniser's own minimal tokenizer, kept in this one class so that the text layer's tokenizer can replace it:
 * a token is a run of letters, digits and combining marks (tatweel included); any other visible character is a token
 * of its own. A one-letter proclitic written with tatweel ({@code لـروزنة}, {@code بـ"ذا}) is split off.
 *
 * <p>Stateless and thread-safe.
 */
final class LineTokenizer {
  private LineTokenizer() {}

  /** Token boundaries: {@code starts[i]}, {@code ends[i]} for {@code i < count}. */
  record Tokens(int[] starts, int[] ends, int count) {
    String text(String line, int i) {
      return line.substring(starts[i], ends[i]);
    }
  }

  static Tokens tokenize(String line) {
    int n = line.length();
    int[] starts = new int[Math.min(16, n + 1)];
    int[] ends = new int[starts.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || ArabicText.isInvisibleMark(c) || Character.isISOControl(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isWordChar(c)) {
        while (i < n && isWordChar(line.charAt(i))) {
          // لـروزنة: a single proclitic letter then tatweel ends a token of its own.
          if (line.charAt(i) == TATWEEL && i == start + 1 && isProcliticLetter(line.charAt(start))
              && i + 1 < n && isWordChar(line.charAt(i + 1)) && line.charAt(i + 1) != TATWEEL) {
            i++;
            break;
          }
          i++;
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(line.charAt(i + 1))) {
        i += 2;
      } else {
        i++;
      }
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
        ends = java.util.Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = i;
      count++;
    }
    return new Tokens(starts, ends, count);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || ArabicLetters.isDiacritic(c) || c == TATWEEL
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  static boolean isProcliticLetter(char c) {
    return c == ArabicLetters.WAW || c == CliticStripper.FEH || c == CliticStripper.BEH || c == CliticStripper.LAM
        || c == CliticStripper.KAF;
  }
}
