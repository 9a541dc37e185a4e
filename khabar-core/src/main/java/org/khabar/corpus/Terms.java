package org.khabar.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.text.AffixStemmer;
import org.khabar.text.ArabicText;
import org.khabar.text.KnowledgeFile;

/**
 * Words and content terms of Arabic text for comparing articles: tokens are runs of letters and digits of the
 * {@link ArabicText#matchKey matching key}; content terms drop function words and strip the common clitics and
 * inflectional suffixes (a light stemmer in the manner of Larkey et al.'s light10).
 *
 * <p>Terms only need to be consistent with themselves, since they are only ever compared with terms made by the same
 * code (and the background table, built by it too). The text layer's lexicon-aware {@code
 * CliticAnalyzer.lightStem} was tried in its place: the same held-out clustering F1 (B-cubed 0.769 vs 0.765 on the
 * UnifiedFC test claims) at about 1.5 times the CPU time, so this cheaper rule stemmer stays.
 *
 * <p>Stateless and thread-safe.
 */
final class Terms {
  /** Longest token kept; longer runs (URLs, base64, garbage) are cut so that a hostile body stays cheap. */
  static final int MAX_TOKEN = 40;

  private static final Set<String> STOPWORDS = load("stopwords.txt");


  private Terms() {}

  /** The tokens of {@code text}: matching-key words, in order, stopwords included. */
  static List<String> tokens(CharSequence text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String key = ArabicText.matchKey(text);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= key.length(); i++) {
      char c = i < key.length() ? key.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
        if (word.length() < MAX_TOKEN) {
          word.append(c);
        }
      } else if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    return out;
  }

  /** True for function words, reporting verbs and negations: words that say nothing of the topic. */
  static boolean isStopword(String token) {
    return STOPWORDS.contains(token) || (token.length() > 1 && token.charAt(0) == 'و'
        && STOPWORDS.contains(token.substring(1)));
  }

  /** The content term of a token, or {@code null} for a stopword or a token too short to mean anything. */
  static String term(String token) {
    if (token.length() < 2 || isStopword(token)) {
      return null;
    }
    if (allDigits(token)) {
      return token.length() >= 2 ? token : null;
    }
    return AffixStemmer.stem(token);
  }

  /** The content terms of {@code text}, in order. */
  static List<String> contentTerms(CharSequence text) {
    List<String> out = new ArrayList<>();
    for (String t : tokens(text)) {
      String term = term(t);
      if (term != null) {
        out.add(term);
      }
    }
    return out;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Loads a word list resource of this package: one entry a line, {@code #} starts a comment. */
  static Set<String> load(String name) {
    Set<String> out = new HashSet<>();
    for (String line : lines(name)) {
      out.add(ArabicText.matchKey(line));
    }
    return Set.copyOf(out);
  }

  /** The non-comment, non-blank lines of a resource of this package. */
  static List<String> lines(String name) {
    return KnowledgeFile.lines(Terms.class, name);
  }
}
