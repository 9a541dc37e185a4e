package org.khabar.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a line into {@link WordToken}s: words with their matching keys, and the marks between them, for the stages
 * that match words by key and find sentences and clauses by their marks (quotes, claims). Unlike {@link Tokenizer},
 * which keeps every token as written and types it, a word here is any run of letters, digits, diacritics and tatweel
 * (at most 64 characters; longer runs such as base64 are cut), and the options
 * say how dots and commas inside words are read and which marks are kept:
 *
 * <ul>
 *   <li>{@link Dots#SPLIT}: every dot and comma splits ({@code 12.5} is {@code 12 . 5}, {@code ١٢٫٥} is {@code
 *       12 5}); {@link Dots#INSIDE_NUMBERS_AND_ABBREVIATIONS}: a separator between digits of any script ({@code
 *       2.5}, {@code 1,200}, {@code ١٢٫٥}, {@code ١٬٢٠٠}; {@link Digits#joinsDigits}) and a dot after one to three
 *       letters with a letter after it ({@code د.أحمد}, {@code بي.إم.دبليو}) stay inside the word.
 *   <li>{@link Marks#SENTENCE_AND_CLAUSE}: only sentence ends ({@code . ! ? ؟ ۔}) and clause marks ({@code ، , : ؛
 *       ;}) are tokens; {@link Marks#ALL_VISIBLE}: every character that is not a word character, white space, a
 *       no-break space or an invisible mark is a token of its own.
 * </ul>
 *
 * <p>{@code of(SPLIT, SENTENCE_AND_CLAUSE).tokenize("قال: «ارتفع 2.5%».")} gives قال, :, ارتفع, 2, ., 5, .; with
 * {@code INSIDE_NUMBERS_AND_ABBREVIATIONS, ALL_VISIBLE} it gives قال, :, «, ارتفع, 2.5, %, », .
 *
 * <p>Implementations are stateless, shared and thread-safe, and never throw on any input.
 */
public interface WordTokenizer {
  /** How a dot or comma inside a run of word characters is read. */
  enum Dots {
    /** Every dot and comma ends the word before it. */
    SPLIT,
    /** Decimal and group separators and short abbreviations' dots stay inside the word. */
    INSIDE_NUMBERS_AND_ABBREVIATIONS
  }

  /** Which marks between words become tokens. */
  enum Marks {
    /** Sentence ends and clause marks only. */
    SENTENCE_AND_CLAUSE,
    /** Every visible character that is not part of a word. */
    ALL_VISIBLE
  }

  /** The shared tokenizer with these options. */
  static WordTokenizer of(Dots dots, Marks marks) {
    return ScanningWordTokenizer.of(dots, marks);
  }

  /** The words and marks of {@code line}, in order; none for {@code null}. */
  List<WordToken> tokenize(String line);

  /** True for the characters of a word: letters, digits, Arabic diacritics and tatweel. */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL;
  }

  /** True for marks that end a sentence: {@code . ! ? ؟ ۔}. */
  static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == ArabicLetters.ARABIC_QUESTION_MARK
        || c == ArabicLetters.ARABIC_FULL_STOP;
  }

  /** True for characters used as quotation marks: straight, curly, low-9 and angle quotes, single and double. */
  static boolean isQuoteMark(char c) {
    return c == '"' || c == ArabicLetters.LEFT_GUILLEMET || c == ArabicLetters.RIGHT_GUILLEMET || c == '\u201C'
        || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u2033' || c == '\'' || c == '\u2018'
        || c == '\u2019' || c == '\u2039' || c == '\u203A';
  }

  /** The keys of the words that start with a digit (the numbers two texts may share). */
  static Set<String> numbers(List<WordToken> tokens) {
    Set<String> out = new HashSet<>();
    for (WordToken t : tokens) {
      if (t.word() && Character.isDigit(t.key().charAt(0))) {
        out.add(t.key());
      }
    }
    return out;
  }

  /** The sentences of a token list as {@code [from, to)} index pairs, sentence ends excluded, empty ones skipped. */
  static List<int[]> sentences(List<WordToken> tokens) {
    return sentences(tokens, null);
  }

  /**
   * The sentences of {@code line}'s token list as {@code sentences(tokens)} does, except that a dot between two
   * digits of the line (a decimal point: 12.1, ١٢.١, which {@link Dots#SPLIT} cuts; {@link Digits#joinsDigits})
   * does not end a sentence.
   */
  static List<int[]> sentences(List<WordToken> tokens, String line) {
    List<int[]> out = new ArrayList<>();
    int s = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i == tokens.size()
          || (tokens.get(i).isSentenceEnd() && (line == null || !Digits.joinsDigits(line, tokens.get(i).start())))) {
        if (i > s) {
          out.add(new int[] {s, i});
        }
        s = i + 1;
      }
    }
    return out;
  }
}
