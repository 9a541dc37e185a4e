package org.khabar.claim;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.khabar.text.BackgroundFrequencies;
import org.khabar.text.KnowledgeFile;
import org.khabar.text.WordToken;

/**
 * Document frequencies of light stems, for inverse-document-frequency weights. The shipped table is built from the
 * ANT corpus (Chouigui et al., 31,525 articles of 2018) by {@code khabar train idf --data ant-2018.jsonl.gz}.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class TermStatistics {
  static final String RESOURCE = "idf-ant2018.tsv.gz";
  /** Stems seen in fewer documents are not written: they weigh as unseen. */
  static final int MIN_DF = 3;

  private static volatile TermStatistics standard;

  private final BackgroundFrequencies table;

  private TermStatistics(BackgroundFrequencies table) {
    this.table = table;
  }

  /** The shipped table (ANT 2018); a table of no documents when the resource is absent. */
  public static TermStatistics standard() {
    TermStatistics s = standard;
    if (s == null) {
      synchronized (TermStatistics.class) {
        s = standard;
        if (s == null) {
          KnowledgeFile.Contents c = KnowledgeFile.find(TermStatistics.class, RESOURCE).orElse(null);
          try {
            s = c == null ? new TermStatistics(BackgroundFrequencies.none()) : read(c);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
          }
          standard = s;
        }
      }
    }
    return s;
  }

  /** The smoothed inverse document frequency of a stem: {@code ln((N+1)/(df+1)) + 1} (df 0 when unlisted). */
  public double idf(String stem) {
    return Math.log((table.documents() + 1.0) / (table.df(stem) + 1.0)) + 1.0;
  }

  /** How many documents the table was built from. */
  public int documents() {
    return table.documents();
  }

  /** Builds a table from documents' texts. */
  public static TermStatistics build(Iterable<String> texts) {
    Map<String, Integer> df = new HashMap<>();
    int n = 0;
    for (String text : texts) {
      n++;
      Set<String> seen = new HashSet<>();
      for (String line : text.split("\n")) {
        for (WordToken t : Stems.WORDS.tokenize(line)) {
          if (t.word()) {
            seen.add(Stems.stem(t.key()));
          }
        }
      }
      for (String s : seen) {
        df.merge(s, 1, Integer::sum);
      }
    }
    df.values().removeIf(v -> v < MIN_DF);
    return new TermStatistics(BackgroundFrequencies.of(n, df));
  }

  /** Writes the table: a source line, a document count line, then {@code stem TAB df}, most frequent first. */
  public void write(Writer out, String source) throws IOException {
    out.write("# source: " + source.replace('\n', ' ') + "\n");
    out.write("# documents\t" + table.documents() + "\n");
    table.writeRows(out, 0);
  }

  /** Reads a table written by {@link #write}. */
  public static TermStatistics read(Reader in) throws IOException {
    return read(KnowledgeFile.read("term statistics", in));
  }

  private static TermStatistics read(KnowledgeFile.Contents file) throws IOException {
    if (!file.sourced() || file.header("documents") == null) {
      throw new IOException("not a term statistics table: it must start with '# source:' and '# documents'");
    }
    return new TermStatistics(BackgroundFrequencies.read(file));
  }
}
