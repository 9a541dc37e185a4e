package org.khabar.quote;

/**
 * One token of a content line.
 *
 * @param start offset of the first character in the line
 * @param end offset just past the last character
 * @param key the matching key ({@link org.khabar.text.ArabicText#matchKey}) of a word, or the character itself for
 *     punctuation
 * @param word true for a word (letters or digits), false for a punctuation mark or quotation mark
 */
record Token(int start, int end, String key, boolean word) {
  boolean is(char punct) {
    return !word && key.length() == 1 && key.charAt(0) == punct;
  }
}
