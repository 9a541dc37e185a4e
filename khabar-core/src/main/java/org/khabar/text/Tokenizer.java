package org.khabar.text;

import java.util.List;

/**
 * Cuts text into {@link Token}s: Arabic and Latin words, numbers with their separators, punctuation, URLs, e-mail
 * addresses, hashtags and mentions. Every token keeps its exact span in the input, and the input is read as written
 * (diacritics, tatweel and joiners stay inside the Arabic word they belong to), so callers normalise a token's text
 * when they need a key.
 *
 * <p>{@code tokenize("قال د. أحمد: 3.5%")} gives ARABIC قال, ARABIC د, PUNCT ., ARABIC أحمد, PUNCT :, NUMBER 3.5,
 * PUNCT %.
 *
 * <p>Implementations are stateless and thread-safe, and never throw on any input.
 */
public interface Tokenizer {
  /** The standard tokenizer, a shared instance. */
  static Tokenizer standard() {
    return ScanningTokenizer.INSTANCE;
  }

  /** The tokens of {@code text} in order; white space, control characters and invisible marks are not tokens. */
  List<Token> tokenize(CharSequence text);
}
