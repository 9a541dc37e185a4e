package org.khabar.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

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
          InputStream in = TermStatistics.class.getResourceAsStream(RESOURCE);
          if (in == null) {
            s = new TermStatistics(0, Map.of());
          } else {
            try (Reader r = new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)) {
              s = read(r);
            } catch (IOException e) {
              throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
            }
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
    BufferedReader r = new BufferedReader(in);
    String first = r.readLine();
    String second = r.readLine();
    if (first == null || !first.startsWith("# source:") || second == null || !second.startsWith("# documents\t")) {
      throw new IOException("not a term statistics table: it must start with '# source:' and '# documents'");
    }
    int n = Integer.parseInt(second.substring("# documents\t".length()).strip());
    Map<String, Integer> df = new HashMap<>();
    int lineNo = 2;
    for (String l = r.readLine(); l != null; l = r.readLine()) {
      lineNo++;
      int tab = l.indexOf('\t');
      if (tab <= 0) {
        throw new IOException("term statistics line " + lineNo + ": expected 'stem TAB df'");
      }
      df.put(l.substring(0, tab), Integer.parseInt(l.substring(tab + 1).strip()));
    }
    return new TermStatistics(n, Map.copyOf(df));
  }
}
