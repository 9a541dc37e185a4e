package org.khabar.text;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the clitic analyser's knowledge files: a word-frequency lexicon of matching keys counted over a news corpus,
 * and a set of name keys from gazetteers. The CLI's {@code khabar train lexicon} feeds it the ANT 2018 corpus,
 * ANERGazet and GeoNames and writes the two resources that {@link CliticAnalyzer#standard()} loads.
 *
 * <p>Not thread-safe: one builder per thread.
 */
public final class LexiconBuilder {
  /** The class-path resource (next to this class) of the word lexicon: {@code key TAB count} lines, gzip. */
  public static final String WORDS_RESOURCE = "lexicon-words.tsv.gz";

  /** The class-path resource of the name keys: one key a line, gzip. */
  public static final String NAMES_RESOURCE = "lexicon-names.txt.gz";

  private final Map<String, int[]> counts = new HashMap<>();
  private final TreeSet<String> names = new TreeSet<>();
  private long texts;

  /** Counts the Arabic words of one text. */
  public void addText(CharSequence text) {
    texts++;
    for (Token t : Tokenizer.standard().tokenize(text)) {
      if (t.type() == TokenType.ARABIC) {
        String key = ArabicText.matchKey(t.text());
        if (!key.isEmpty() && key.length() <= 40) {
          counts.computeIfAbsent(key, x -> new int[1])[0]++;
        }
      }
    }
  }

  /**
   * Adds the Arabic words of one gazetteer name. Words of fewer than three letters and words that begin with a
   * conjunction or preposition and the article (وال بال فال كال لل), which gazetteers list by accident, are skipped.
   */
  public void addName(CharSequence name) {
    for (Token t : Tokenizer.standard().tokenize(name)) {
      if (t.type() != TokenType.ARABIC) {
        continue;
      }
      String key = ArabicText.matchKey(t.text());
      if (key.length() < 3 || key.startsWith("لل")) {
        continue;
      }
      if (key.length() > 3 && key.startsWith("ال", 1) && "وبفك".indexOf(key.charAt(0)) >= 0) {
        continue;
      }
      names.add(key);
    }
  }

  /** The number of texts counted so far. */
  public long texts() {
    return texts;
  }

  /** The number of distinct words counted so far. */
  public int distinctWords() {
    return counts.size();
  }

  /** The number of name keys added so far. */
  public int names() {
    return names.size();
  }

  /** Writes the words counted at least {@code minCount} times, most frequent first, under a source header. */
  public int writeWords(Writer out, int minCount, String source) throws IOException {
    List<Map.Entry<String, int[]>> kept = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (e.getValue()[0] >= minCount) {
        kept.add(e);
      }
    }
    kept.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
        ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
    out.write("# source: " + source + "\n");
    out.write("# matching key (ArabicText.matchKey) TAB count; words counted at least " + minCount + " times\n");
    for (Map.Entry<String, int[]> e : kept) {
      out.write(e.getKey());
      out.write('\t');
      out.write(Integer.toString(e.getValue()[0]));
      out.write('\n');
    }
    return kept.size();
  }

  /** Writes the name keys, sorted, under a source header. */
  public int writeNames(Writer out, String source) throws IOException {
    out.write("# source: " + source + "\n");
    out.write("# matching keys of the words of place, person and organisation names\n");
    for (String n : names) {
      out.write(n);
      out.write('\n');
    }
    return names.size();
  }
}
