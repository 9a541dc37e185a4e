package org.khabar.text;

/**
 * Normalises Arabic text in two strengths, each keeping an exact alignment back to the original characters.
 *
 * <ul>
 *   <li>{@link #display}: minimal cleanup for presentation and for the stages that read the text as written: NFKC
 *       for presentation forms and compatibility characters (ﻻ to لا, ﷲ to الله, full-width Latin), tatweel removed,
 *       zero-width and bidi marks (U+200B-F, U+202A-E, U+2066-9, U+061C) and the BOM removed, exotic spaces to a
 *       space, mirrored or Urdu punctuation to its Arabic form (۔ to ., ⹁ to ،). Diacritics and letters stay.
 *   <li>{@link #key}: aggressive folding for matching and lookup: everything {@code display} does, plus diacritics
 *       (harakat, tanween, shadda, sukun, superscript alef, Quranic marks) removed; alef variants (أ إ آ ٱ) to ا; ى
 *       and Persian ی to ي; ة to ه; hamza seats ؤ to و and ئ to ي; Persian and Urdu letters to their Arabic fold (ک
 *       to ك, پ to ب, چ to ج, ژ to ز, ڤ to ف, گ to ك); digits of every script to ASCII; Arabic and typographic
 *       punctuation to ASCII (، to {@code ,}, ؟ to {@code ?}, « » “ ” to {@code "}); letters lower-cased; runs of
 *       white space to one space, none at either end.
 * </ul>
 *
 * <p>{@link ArabicText#matchKey(CharSequence)} is {@code key(s).text()}. Implementations are stateless and
 * thread-safe; they never throw on any input (lone surrogates and unassigned code points pass through).
 */
public interface ArabicNormalizer {
  /** The standard normaliser, a shared instance. */
  static ArabicNormalizer standard() {
    return TableNormalizer.INSTANCE;
  }

  /** The display form of {@code s} with its alignment. */
  AlignedText display(String s);

  /** The matching key of {@code s} with its alignment. */
  AlignedText key(String s);

  /** The matching key of {@code s} alone, without building an alignment (faster). */
  String keyText(CharSequence s);

  /** The display form of {@code s} alone, without building an alignment (faster). */
  String displayText(CharSequence s);
}
