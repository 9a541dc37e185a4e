/**
 * The Arabic text layer: every later stage reads Arabic through it (issue #4).
 *
 * <ul>
 *   <li>{@link org.khabar.text.ArabicNormalizer}: display form and matching key, each an {@link
 *       org.khabar.text.AlignedText} that maps any span back to the exact original characters; {@link
 *       org.khabar.text.ArabicText#matchKey} is the key's text.
 *   <li>{@link org.khabar.text.Tokenizer}: {@link org.khabar.text.Token}s (Arabic, Latin, numbers, punctuation,
 *       URLs, e-mails, hashtags, mentions) with their spans.
 *   <li>{@link org.khabar.text.WordTokenizer}: {@link org.khabar.text.WordToken}s (words as matching keys and the
 *       marks between them) with their spans, and their sentences, for the quote and claim stages; options say how
 *       dots inside words are read (2.5, د.أحمد) and which marks are kept.
 *   <li>{@link org.khabar.text.CliticAnalyzer}: proclitics, stem and pronoun suffix ({@link
 *       org.khabar.text.Segmentation}) with lexicon and gazetteer evidence; light stems for search keys.
 *   <li>{@link org.khabar.text.SentenceSplitter}: sentence {@link org.khabar.text.Span}s.
 *   <li>{@link org.khabar.text.ArabicNumbers}: {@link org.khabar.text.NumberMention}s (digits of every script,
 *       number words, ordinals, percent, ranges and hedges).
 *   <li>{@link org.khabar.text.Digits}: the one rule, shared by the tokenizers, the sentence splitters, the
 *       quantity reader and the temporal tagger, for when a separator between digits keeps them one number
 *       ({@code 2.5}, {@code ١٢٫٥}, {@code ١٬٢٠٠}; never the Arabic comma).
 * </ul>
 *
 * <p>Every stage is a public interface with a {@code standard()} shared instance; implementations are
 * package-private, stateless (the clitic analyser keeps only a memo of a pure function) and thread-safe, and never
 * throw on any input. Knowledge lives in resource files next to these classes, each with a header naming its
 * source: {@code lexicon-words.tsv.gz} and {@code lexicon-names.txt.gz} (rebuilt by {@code khabar train lexicon}
 * from ../shared/data), {@code function-words.txt}, {@code abbreviations.txt}, {@code number-words.tsv}.
 */
package org.khabar.text;
