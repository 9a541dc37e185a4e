package org.khabar.corpus;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.khabar.text.BackgroundFrequencies;

/**
 * Counts a background table of document frequencies ({@link BackgroundFrequencies}, which reads and writes it) over
 * a corpus, with the content terms of the corpus stage ({@link Terms#contentTerms}), so that IDF is meaningful from
 * a corpus's first article: the IDF of a term is computed over the background documents plus the corpus seen so far.
 * {@code khabar bench clusters --write-df FILE} writes the shipped table with it.
 */
public final class DocumentFrequencies {
  private DocumentFrequencies() {}

  /** A builder of a background table. */
  public static Builder builder() {
    return new Builder();
  }

  /** Counts, per content term, the documents that contain it. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Integer> df = new HashMap<>();
    private int documents;

    private Builder() {}

    /** Counts one document (title and body together). */
    public Builder add(String text) {
      if (text == null) {
        return this;
      }
      String t = text.length() > StandardCorpusAnalyzer.MAX_CHARS ? text.substring(0, StandardCorpusAnalyzer.MAX_CHARS)
          : text;
      Set<String> seen = new HashSet<>(Terms.contentTerms(t));
      for (String term : seen) {
        df.merge(term, 1, Integer::sum);
      }
      documents++;
      return this;
    }

    /**
     * Writes the table: the terms in at least {@code minDf} documents, most frequent first.
     *
     * @param source the header line naming where the documents came from
     */
    public void write(Writer out, int minDf, String source) throws IOException {
      BackgroundFrequencies.of(documents, df).write(out, minDf, source);
    }
  }
}
