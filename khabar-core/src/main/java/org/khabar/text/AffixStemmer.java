package org.khabar.text;

/**
 * The lightest stemmer of matching keys, for term statistics: one proclitic prefix and one suffix off, each only
 * when at least three letters remain. Coarser than {@link CliticAnalyzer#lightStem} and lexicon-free, so cheap
 * enough for every word of a corpus. Used by the corpus stage's terms and by structure's topical cohesion. Stateless.
 */
public final class AffixStemmer {
  private AffixStemmer() {}

  private static final String[] PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال", "وب", "ول", "وس", "فس"};
  private static final String[] SUFFIXES = {"هما", "ها", "ان", "ات", "ون", "ين", "يه", "يا", "هم", "كم", "نا", "ه",
      "ي"};

  /** The stem of a matching key ({@link ArabicText#matchKey}). */
  public static String stem(String key) {
    String s = key;
    for (String p : PREFIXES) {
      if (s.startsWith(p) && s.length() - p.length() >= 3) {
        s = s.substring(p.length());
        break;
      }
    }
    if (s.length() >= 4 && s.charAt(0) == 'و' && !s.startsWith("وا")) {
      // A bare conjunction waw; "وا..." is too often part of the word (واشنطن, واقع).
      s = s.substring(1);
    }
    for (String x : SUFFIXES) {
      if (s.endsWith(x) && s.length() - x.length() >= 3) {
        s = s.substring(0, s.length() - x.length());
        break;
      }
    }
    return s;
  }
}
