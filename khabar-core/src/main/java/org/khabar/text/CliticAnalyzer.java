package org.khabar.text;

/**
 * Cuts Arabic words into proclitics (و ف ب ك ل س, ال, لل, لـ), stem and pronoun suffix, and gives light stems for
 * search keys.
 *
 * <p>Known words are not over-split: a cut is made only when the rest of the word is attested in a word-frequency
 * lexicon built from the ANT 2018 news corpus often enough relative to the whole word, and never when the whole
 * word is a name of a gazetteer (ANERGazet, GeoNames) that the rest is not: ببيلا, بغداد, لبنان, فلسطين stay
 * whole, وبغداد is و + بغداد. A tatweel after a one-letter proclitic (لـ, بـ) always cuts.
 *
 * <p>Implementations are stateless and thread-safe, and never throw on any input; a non-Arabic word comes back
 * whole.
 */
public interface CliticAnalyzer {
  /** The standard analyser with the bundled lexicon and gazetteer, a shared instance. */
  static CliticAnalyzer standard() {
    return LexiconCliticAnalyzer.standard();
  }

  /** The segmentation of one word (a token's text); offsets are within the word. */
  Segmentation analyze(CharSequence word);

  /**
   * The light stem of a word as a matching key, for search: the stem of {@link #analyze} without its clitics, then
   * common plural and feminine endings (ات ون ين ان ة) stripped when at least three letters remain. {@code
   * lightStem("وبالحكومات")} is {@code حكوم}.
   */
  String lightStem(CharSequence word);
}
