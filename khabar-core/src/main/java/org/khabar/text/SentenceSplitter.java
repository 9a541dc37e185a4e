package org.khabar.text;

import java.util.List;

/**
 * Splits text into sentences, returned as spans of the input with white space trimmed.
 *
 * <p>Boundaries: sentence punctuation (. ! ? ؟ ۔ … and "...", with any closing quotes or brackets after it), line
 * breaks, and list bullets. Not boundaries: full stops inside a quotation that closes on the same line («قال: ذهبنا.
 * ثم عدنا»), decimal points (3.5), abbreviations and initials (د. م. أ. Dr. U.S.), list numbers at the start of a
 * line ("1. ").
 *
 * <p>Implementations are stateless and thread-safe, and never throw on any input.
 */
public interface SentenceSplitter {
  /** The standard splitter, a shared instance. */
  static SentenceSplitter standard() {
    return PunctuationSentenceSplitter.INSTANCE;
  }

  /** The sentences of {@code text}, in order, as non-empty trimmed spans. */
  List<Span> split(CharSequence text);
}
