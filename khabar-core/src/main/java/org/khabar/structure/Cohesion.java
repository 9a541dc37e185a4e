package org.khabar.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.khabar.text.AffixStemmer;

/**
 * Topical cohesion of a line with the rest of its article: the IDF-weighted share of the line's terms (light stems,
 * names and numbers kept) that a reference text also uses. Document frequencies: the corpus stage's shipped
 * background table ({@code org/khabar/corpus/background-df.tsv.gz}: terms of 31,525 ant-2018 articles in
 * matching-key spelling, light-stemmed as below). Immutable and thread-safe.
 */
final class Cohesion {
  private static final String RESOURCE = "/org/khabar/corpus/background-df.tsv.gz";
  // Prefixes and suffixes in matching-key spelling, those of the corpus stage's light stemmer (after Larkey et al.'s
  // light10), so that the terms meet the background table's.
  private static final Cohesion NONE = new Cohesion(Map.of(), 0);

  private final Map<String, Integer> df;
  private final int documents;

  private Cohesion(Map<String, Integer> df, int documents) {
    this.df = df;
    this.documents = documents;
  }

  private static final class Holder {
    static final Cohesion STANDARD = load();
  }

  /** The shipped background table's weights (every term weighs 1 when the table is absent). */
  static Cohesion standard() {
    return Holder.STANDARD;
  }

  private static Cohesion load() {
    try (InputStream raw = Cohesion.class.getResourceAsStream(RESOURCE)) {
      return raw == null ? NONE : read(new GZIPInputStream(raw));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  /** Reads a table of {@code term<TAB>df} lines after a {@code # documents N} header line. */
  static Cohesion read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, Integer> df = new HashMap<>();
    int documents = 0;
    int n = 0;
    for (String line; (line = r.readLine()) != null; ) {
      n++;
      try {
        if (line.startsWith("# documents ")) {
          documents = Integer.parseInt(line.substring("# documents ".length()).strip());
        } else if (!line.startsWith("#") && !line.isBlank()) {
          int tab = line.indexOf('\t');
          if (tab < 1) {
            throw new IOException(RESOURCE + " line " + n + ": expected term<TAB>df");
          }
          df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
        }
      } catch (NumberFormatException e) {
        throw new IOException(RESOURCE + " line " + n + ": not a number", e);
      }
    }
    return new Cohesion(Map.copyOf(df), documents);
  }

  /** The light stems of matching-key words: words of two letters or more, digits kept. */
  static Set<String> terms(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (w.length() >= 2) {
        out.add(AffixStemmer.stem(w));
      }
    }
    return out;
  }

  /** {@code ln((N + 1) / (df + 1))}: near 0 for a word in nearly every article, 1 for every term without a table. */
  double idf(String term) {
    if (documents == 0) {
      return 1;
    }
    int d = Math.min(documents, df.getOrDefault(term, 0));
    return Math.log((documents + 1.0) / (d + 1.0));
  }

  /** The IDF-weighted share of {@code mine} found in {@code ref}; 1 for a line without a weighted term. */
  double score(Set<String> mine, Set<String> ref) {
    double all = 0;
    double shared = 0;
    for (String t : mine) {
      double w = idf(t);
      all += w;
      if (ref.contains(t)) {
        shared += w;
      }
    }
    return all <= 0 ? 1 : shared / all;
  }
}
