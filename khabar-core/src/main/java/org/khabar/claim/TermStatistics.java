package org.khabar.claim;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.text.KnowledgeFile;

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

  private final int documents;
  private final Map<String, Integer> df;
  private final double maxIdf;

  private TermStatistics(int documents, Map<String, Integer> df) {
    this.documents = documents;
    this.df = df;
    this.maxIdf = Math.log((documents + 1.0) / 1.0) + 1.0;
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
            s = c == null ? new TermStatistics(0, Map.of()) : read(c);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
          }
          standard = s;
        }
      }
    }
    return s;
  }

  /** The smoothed inverse document frequency of a stem: {@code ln((N+1)/(df+1)) + 1}. */
  public double idf(String stem) {
    Integer n = df.get(stem);
    return n == null ? maxIdf : Math.log((documents + 1.0) / (n + 1.0)) + 1.0;
  }

  /** How many documents the table was built from. */
  public int documents() {
    return documents;
  }

  /** Builds a table from documents' texts. */
  public static TermStatistics build(Iterable<String> texts) {
    Map<String, Integer> df = new HashMap<>();
    int n = 0;
    for (String text : texts) {
      n++;
      Set<String> seen = new HashSet<>();
      for (String line : text.split("\n")) {
        for (Words.Tok t : Words.of(line)) {
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
    return new TermStatistics(n, Map.copyOf(df));
  }

  /** Writes the table: a source line, a document count line, then {@code stem TAB df}, most frequent first. */
  public void write(Writer out, String source) throws IOException {
    out.write("# source: " + source.replace('\n', ' ') + "\n");
    out.write("# documents\t" + documents + "\n");
    List<Map.Entry<String, Integer>> rows = new ArrayList<>(df.entrySet());
    rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    for (Map.Entry<String, Integer> e : rows) {
      out.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
  }

  /** Reads a table written by {@link #write}. */
  public static TermStatistics read(Reader in) throws IOException {
    return read(KnowledgeFile.read("term statistics", in));
  }

  private static TermStatistics read(KnowledgeFile.Contents file) throws IOException {
    String documents = file.header("documents");
    if (!file.sourced() || documents == null) {
      throw new IOException("not a term statistics table: it must start with '# source:' and '# documents'");
    }
    int n = Integer.parseInt(documents);
    Map<String, Integer> df = new HashMap<>();
    for (KnowledgeFile.Row row : file.rows()) {
      String l = row.text();
      int tab = l.indexOf('\t');
      if (tab <= 0) {
        throw new IOException("term statistics line " + row.line() + ": expected 'stem TAB df'");
      }
      df.put(l.substring(0, tab), Integer.parseInt(l.substring(tab + 1).strip()));
    }
    return new TermStatistics(n, Map.copyOf(df));
  }
}
