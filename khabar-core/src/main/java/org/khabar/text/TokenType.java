package org.khabar.text;

/** The kind of a {@link Token}. */
public enum TokenType {
  /** A word in Arabic script, with its diacritics, tatweel and joiners. */
  ARABIC,
  /** A word in Latin (or another non-Arabic) script, with inner apostrophes and hyphens. */
  LATIN,
  /** Digits of any script with their group and decimal separators: 3.5, 1,220, ٣٫٥. */
  NUMBER,
  /** Punctuation, a run of the same mark counted as one token ("...", "!!"). */
  PUNCT,
  /** A web address: http://, https:// or www. */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** {@code #word}. */
  HASHTAG,
  /** {@code @name}. */
  MENTION,
  /** Anything else: symbols, emoji, lone surrogates, control characters. */
  OTHER
}
