package org.khabar.entity;

import static org.khabar.text.ArabicLetters.ALEF;

/**
 * The readings of a word's matching key with its proclitics removed: the conjunctions و and ف, the prepositions ب,
 * ل and ك, and ل before the article (للنظام = ل + النظام). Stateless.
 */
final class Clitics {
  private Clitics() {}

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';
  private static final char KAF = '\u0643';

  /** The shortest stem a proclitic may leave: two letters, so that a lone letter never becomes a name. */
  private static final int MIN_STEM = 2;

  /**
   * Appends to {@code keys} and {@code stripped} each clitic-free reading of {@code key} (not {@code key} itself):
   * the reading, and how many key characters were removed from its front. Returns the number added (at most 5).
   */
  static int readings(String key, String[] keys, int[] stripped) {
    int count = 0;
    int conj = 0;
    if (key.length() > MIN_STEM + 1 && (key.charAt(0) == WAW || key.charAt(0) == FEH)) {
      conj = 1;
      keys[count] = key.substring(1);
      stripped[count++] = 1;
    }
    for (int c = 0; c <= conj; c++) {
      if (key.length() - c <= MIN_STEM + 1) {
        continue;
      }
      char p = key.charAt(c);
      if (p == LAM && key.charAt(c + 1) == LAM) {
        // ل + ال: the article's alef is not written.
        keys[count] = ALEF + key.substring(c + 1);
        stripped[count++] = c + 1;
      } else if (p == BEH || p == LAM || p == KAF) {
        keys[count] = key.substring(c + 1);
        stripped[count++] = c + 1;
      }
    }
    return count;
  }
}
