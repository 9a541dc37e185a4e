package org.khabar.claim;

import java.util.HashSet;
import java.util.Set;
import org.khabar.text.ArabicText;
import org.khabar.text.KnowledgeFile;
import org.khabar.text.WordTokenizer.Dots;
import org.khabar.text.WordTokenizer.Marks;
import org.khabar.text.WordTokenizer;

/**
 * Light stems of matching keys, after Larkey, Ballesteros and Connell's "light10" (proclitics and the commonest
 * suffixes removed; no root extraction), and the function words that carry no content. Stateless and thread-safe.
 */
final class Stems {
  private Stems() {}

  /**
   * The claim stage's tokenizer: words cut at every other character (12.5 is 12 . 5, which {@link
   * WordTokenizer#sentences(java.util.List, String)} keeps in one sentence), and only sentence ends and clause marks
   * kept, for cutting claims and their evidence into sentences and clauses.
   */
  static final WordTokenizer WORDS = WordTokenizer.of(Dots.SPLIT, Marks.SENTENCE_AND_CLAUSE);

  private static final String[] PREFIXES = {"وال", "فال", "بال", "كال", "لل", "ال"};
  private static final String[] SUFFIXES = {"هما", "كما", "ها", "ان", "ات", "ون", "ين", "يه", "هم", "نا", "ه", "ي"};

  private static final Set<String> STOP = loadStopwords();

  /** True for a function word (given as a matching key). */
  static boolean isStopword(String key) {
    return STOP.contains(key);
  }

  /** The light stem of a matching key: {@code stem("والمسلحين")} is {@code "مسلح"}. */
  static String stem(String key) {
    String w = key;
    for (String p : PREFIXES) {
      if (w.startsWith(p) && w.length() - p.length() >= 2) {
        w = w.substring(p.length());
        break;
      }
    }
    if (w.length() >= 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ب' || w.charAt(0) == 'ف' || w.charAt(0) == 'ل')
        && !w.equals(key)) {
      // a second proclitic is rare after the article; leave it
      return suffixes(w);
    }
    if (w.equals(key) && w.length() >= 4 && w.charAt(0) == 'و') {
      w = w.substring(1);
    }
    return suffixes(w);
  }

  private static String suffixes(String w) {
    for (String s : SUFFIXES) {
      if (w.endsWith(s) && w.length() - s.length() >= 2) {
        w = w.substring(0, w.length() - s.length());
      }
    }
    return w;
  }

  private static Set<String> loadStopwords() {
    Set<String> out = new HashSet<>();
    for (KnowledgeFile.Row row : KnowledgeFile.read(Stems.class, "stopwords.txt").requireSource().rows()) {
      out.add(ArabicText.matchKey(row.text()));
    }
    return Set.copyOf(out);
  }
}
