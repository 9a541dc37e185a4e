package org.khabar.corpus;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.text.KnowledgeFile;

/**
 * Background document frequencies of content terms, so that IDF is meaningful from a corpus's first article: the
 * IDF of a term is computed over the background documents plus the corpus seen so far.
 *
 * <p>The shipped table ({@code background-df.tsv.gz}) is computed from the ANT corpus v2.1 (Chouigui et al. 2017,
 * Apache-2.0) by {@code khabar bench clusters --write-df FILE}; its header names the source and the document count.
 * Format: {@code # comment} lines, one {@code # documents N} line, then {@code term<TAB>df} lines.
 *
 * <p>Instances are immutable and thread-safe; the {@link Builder} is not.
 */
public final class DocumentFrequencies {
  static final String RESOURCE = "background-df.tsv.gz";
  private static final DocumentFrequencies NONE = new DocumentFrequencies(0, Map.of());

  private final int documents;
  private final Map<String, Integer> df;

  private DocumentFrequencies(int documents, Map<String, Integer> df) {
    this.documents = documents;
    this.df = df;
  }

  int documents() {
    return documents;
  }

  int df(String term) {
    return df.getOrDefault(term, 0);
  }

  /** No background: IDF from the corpus alone. */
  static DocumentFrequencies none() {
    return NONE;
  }

  /** The shipped background table, or none when it is absent from the class path. */
  static DocumentFrequencies standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final DocumentFrequencies STANDARD = loadResource();
  }

  private static DocumentFrequencies loadResource() {
    return KnowledgeFile.find(DocumentFrequencies.class, RESOURCE).map(DocumentFrequencies::read).orElse(NONE);
  }

  static DocumentFrequencies read(KnowledgeFile.Contents file) {
    String documents = file.header("documents");
    Map<String, Integer> df = new HashMap<>();
    for (KnowledgeFile.Row row : file.rows()) {
      String line = row.text();
      int tab = line.indexOf('\t');
      if (tab < 1) {
        throw row.error("expected term<TAB>df");
      }
      df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
    }
    return new DocumentFrequencies(documents == null ? 0 : Integer.parseInt(documents), Map.copyOf(df));
  }

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
      out.write("# Background document frequencies of khabar corpus content terms (matching key, light stem).\n");
      out.write("# Source: " + source.replace('\n', ' ') + "\n");
      out.write("# Rebuild: ./khabar bench clusters --data FILE --write-df FILE (terms in >= " + minDf
          + " documents)\n");
      out.write("# documents " + documents + "\n");
      List<Map.Entry<String, Integer>> entries = new ArrayList<>(df.entrySet());
      entries.removeIf(e -> e.getValue() < minDf);
      entries.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
          : Integer.compare(b.getValue(), a.getValue()));
      for (Map.Entry<String, Integer> e : entries) {
        out.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
  }
}
