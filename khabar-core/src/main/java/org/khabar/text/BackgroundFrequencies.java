package org.khabar.text;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Document frequencies of terms: in how many of a large news corpus's articles each term occurs. The one reader (and
 * row writer) of such tables: the corpus stage's background table of content terms (matching-key spelling,
 * light-stemmed by {@link AffixStemmer}), shared by the corpus stage (IDF of its event vectors) and the structure
 * stage (cohesion weights), and the claim stage's table of its own light stems ({@code claim.TermStatistics}). The
 * text layer holds it because the corpus stage depends on the structure stage.
 *
 * <p>The shipped background table ({@link #standard()}, {@code org/khabar/corpus/background-df.tsv.gz}) is computed
 * from the ANT corpus v2.1 (Chouigui et al. 2017, Apache-2.0) by {@code khabar bench clusters --write-df FILE}; its
 * header names the source and the document count. Format (a {@link KnowledgeFile}): {@code # comment} lines, one
 * {@code # documents N} line, then {@code term<TAB>df} rows.
 *
 * <p>Immutable and thread-safe.
 */
public final class BackgroundFrequencies {
  /** The shipped table's class-path resource. */
  public static final String RESOURCE = "/org/khabar/corpus/background-df.tsv.gz";

  private static final BackgroundFrequencies NONE = new BackgroundFrequencies(0, Map.of());

  private final int documents;
  private final Map<String, Integer> df;

  private BackgroundFrequencies(int documents, Map<String, Integer> df) {
    this.documents = documents;
    this.df = df;
  }

  /** How many documents the table counts (0 for no table). */
  public int documents() {
    return documents;
  }

  /** In how many documents {@code term} occurs (0 when the table does not list it). */
  public int df(String term) {
    return df.getOrDefault(term, 0);
  }

  /** No table: no documents, every term at 0. */
  public static BackgroundFrequencies none() {
    return NONE;
  }

  /** The shipped table, read once; {@link #none()} when it is absent from the class path. */
  public static BackgroundFrequencies standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final BackgroundFrequencies STANDARD =
        KnowledgeFile.find(BackgroundFrequencies.class, RESOURCE).map(BackgroundFrequencies::read).orElse(NONE);
  }

  /**
   * Reads a table: the {@code # documents N} header and the {@code term<TAB>df} rows.
   *
   * @throws IllegalStateException naming the file (and the line) of a malformed row or count
   */
  public static BackgroundFrequencies read(KnowledgeFile.Contents file) {
    String documents = file.header("documents");
    Map<String, Integer> df = new java.util.HashMap<>();
    for (KnowledgeFile.Row row : file.rows()) {
      String line = row.text();
      int tab = line.indexOf('\t');
      if (tab < 1) {
        throw row.error("expected term<TAB>df");
      }
      df.put(line.substring(0, tab), number(line.substring(tab + 1).strip(), row));
    }
    int n;
    try {
      n = documents == null ? 0 : Integer.parseInt(documents);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(file.resource() + ": '# documents' is not a number: " + documents);
    }
    return new BackgroundFrequencies(n, Map.copyOf(df));
  }

  private static int number(String s, KnowledgeFile.Row row) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw row.error("not a number");
    }
  }

  /** A table of {@code documents} documents and these frequencies. */
  public static BackgroundFrequencies of(int documents, Map<String, Integer> df) {
    return new BackgroundFrequencies(documents, Map.copyOf(df));
  }

  /**
   * Writes the table that {@link #read} reads, with the corpus stage's header (the source, how to rebuild it, the
   * document count), then the terms in at least {@code minDf} documents (see {@link #writeRows}).
   *
   * @param source the header line naming where the documents came from
   */
  public void write(Writer out, int minDf, String source) throws IOException {
    out.write("# Background document frequencies of khabar corpus content terms (matching key, light stem).\n");
    out.write("# Source: " + source.replace('\n', ' ') + "\n");
    out.write("# Rebuild: ./khabar bench clusters --data FILE --write-df FILE (terms in >= " + minDf
        + " documents)\n");
    out.write("# documents " + documents + "\n");
    writeRows(out, minDf);
  }

  /**
   * Writes the {@code term<TAB>df} rows of the terms in at least {@code minDf} documents, most frequent first (ties
   * by term).
   */
  public void writeRows(Writer out, int minDf) throws IOException {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(df.entrySet());
    entries.removeIf(e -> e.getValue() < minDf);
    entries.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
        : Integer.compare(b.getValue(), a.getValue()));
    for (Map.Entry<String, Integer> e : entries) {
      out.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
  }
}
