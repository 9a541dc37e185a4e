package org.khabar.entity;

import static org.khabar.text.ArabicLetters.ALEF;
import static org.khabar.text.ArabicLetters.WAW;

import java.util.function.ToIntFunction;

/**
 * Finds the proclitics glued to the front of an Arabic word: the conjunctions و and ف, then the prepositions ب, ل
 * and ك ({@code وببيلا} is و + ببيلا; {@code والتضامن} is و + التضامن; {@code للأمم} is ل + (ا)لأمم). The article ال
 * is part of a name and is never stripped from a span.
 *
 * <p>A prefix is stripped only when the evidence says so: the rest is a more frequent word of the lexicon than the
 * whole, or the rest starts with the article (و + ال..., ب + ال...), which no name does after those letters.
 *
 * <p>Works on matching keys ({@link org.khabar.text.ArabicText#matchKey}). Stateless and thread-safe.
 */
final class CliticStripper {
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char LAM = '\u0644';
  static final char KAF = '\u0643';

  /** The shortest remainder a stripped word may have. */
  private static final int MIN_REST = 2;

  private final ToIntFunction<String> frequency;

  /** @param frequency how often a key occurs in the lexicon (0 when unknown) */
  CliticStripper(ToIntFunction<String> frequency) {
    this.frequency = frequency;
  }

  /** How many leading letters of {@code key} are proclitics (0, 1 or 2). */
  int prefixLength(String key) {
    int cut = 0;
    if (key.length() - cut > MIN_REST + 1 && isConjunction(key.charAt(0)) && shouldStrip(key, 1)) {
      cut = 1;
    }
    if (key.length() - cut > MIN_REST + 1 && isPreposition(key.charAt(cut)) && shouldStrip(key, cut + 1)) {
      cut++;
    }
    return cut;
  }

  /**
   * The word without its proclitics, with the article restored where ل swallowed its alef ({@code للأمم} →
   * {@code الامم}).
   */
  String stripped(String key) {
    int cut = prefixLength(key);
    if (cut == 0) {
      return key;
    }
    if (key.charAt(cut - 1) == LAM && cut < key.length() && key.charAt(cut) == LAM) {
      return ALEF + key.substring(cut);
    }
    return key.substring(cut);
  }

  private boolean shouldStrip(String key, int cut) {
    char prefix = key.charAt(cut - 1);
    if (startsWithArticle(key, cut)) {
      return true;
    }
    // و + ب + ال...: the conjunction before a preposition before the article.
    if (isConjunction(prefix) && isPreposition(key.charAt(cut)) && startsWithArticle(key, cut + 1)) {
      return true;
    }
    // ل before ل: the article's alef dropped (للأمم).
    if (prefix == LAM && key.charAt(cut) == LAM) {
      return true;
    }
    String rest = key.substring(cut);
    // A preposition never precedes a conjunction: كوفي is not ك + وفي (و + في).
    if (isPreposition(prefix) && isConjunction(key.charAt(cut))
        && frequency.applyAsInt(key.substring(cut + 1)) > frequency.applyAsInt(rest)) {
      return false;
    }
    int whole = frequency.applyAsInt(key.substring(cut - 1));
    int remainder = frequency.applyAsInt(rest);
    return remainder > 2 * whole + 1;
  }

  private static boolean startsWithArticle(String key, int at) {
    return key.length() > at + 2 && key.charAt(at) == ALEF && key.charAt(at + 1) == LAM;
  }

  private static boolean isConjunction(char c) {
    return c == WAW || c == FEH;
  }

  private static boolean isPreposition(char c) {
    return c == BEH || c == LAM || c == KAF;
  }
}
