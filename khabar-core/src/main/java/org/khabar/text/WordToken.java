package org.khabar.text;

import java.util.Objects;

/**
 * A word or a mark of a line, as cut by a {@link WordTokenizer}, with its span and matching key.
 *
 * @param start the offset of its first character in the line
 * @param end the offset just past its last character
 * @param key a word's matching key ({@link ArabicText#matchKey}, never empty), or a mark's one character
 * @param word true for a word (letters, digits, diacritics), false for a mark (punctuation, quotation mark)
 */
public record WordToken(int start, int end, String key, boolean word) {
  /** Validates the span and the key. */
  public WordToken {
    Objects.requireNonNull(key, "key");
    if (start < 0 || end <= start || key.isEmpty()) {
      throw new IllegalArgumentException("bad word token [" + start + ", " + end + ") '" + key + "'");
    }
  }

  /** True for the mark {@code mark}. */
  public boolean is(char mark) {
    return !word && key.length() == 1 && key.charAt(0) == mark;
  }

  /** True for a mark that ends a sentence ({@link WordTokenizer#isSentenceEnd(char)}). */
  public boolean isSentenceEnd() {
    return !word && WordTokenizer.isSentenceEnd(key.charAt(0));
  }

  /** True for a quotation mark ({@link WordTokenizer#isQuoteMark(char)}). */
  public boolean isQuoteMark() {
    return !word && WordTokenizer.isQuoteMark(key.charAt(0));
  }
}
