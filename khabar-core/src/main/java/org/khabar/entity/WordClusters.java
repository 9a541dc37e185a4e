package org.khabar.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.khabar.text.KnowledgeFile;

/**
 * Word clusters learnt by khabar from a news corpus, with each word's corpus frequency: the recogniser's features
 * for words it never saw tagged, and its lexicon of known words for clitic stripping. Words are matching keys
 * ({@link org.khabar.text.ArabicText#matchKey}); every word has one cluster id per granularity, coarse to fine.
 *
 * <p>Resource format (gzip, UTF-8): a {@code #} header naming the source, then {@code word TAB count TAB id...}.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordClusters {
  /** The bundled resource, trained on ant-2018 by {@code khabar train clusters}. */
  public static final String RESOURCE = "clusters.tsv.gz";

  private final Map<String, Entry> words;
  private final int[] granularities;
  private final String header;

  /**
   * One word's record.
   *
   * @param count its frequency in the training corpus
   * @param clusters its cluster id at each granularity, coarse to fine
   */
  record Entry(int count, int[] clusters) {}

  WordClusters(Map<String, Entry> words, int[] granularities, String header) {
    this.words = words;
    this.granularities = granularities.clone();
    this.header = header;
  }

  /** No clusters and no lexicon: the ablation baseline. */
  public static WordClusters empty() {
    return new WordClusters(Map.of(), new int[0], "# empty");
  }

  /** The bundled clusters, or empty clusters when the resource is absent. */
  public static WordClusters bundled() {
    return KnowledgeFile.findWithHeader(WordClusters.class, RESOURCE, 2).map(WordClusters::read)
        .orElseGet(WordClusters::empty);
  }

  /**
   * Reads clusters written by {@link #write} (gzipped): the header line naming the source, the granularities line,
   * then a row a word (the word {@code #} too).
   *
   * @throws IllegalStateException naming {@link #RESOURCE} and the line of a malformed row
   */
  public static WordClusters read(InputStream gzipped) throws IOException {
    return read(KnowledgeFile.readWithHeader(RESOURCE, gzipped, 2));
  }

  private static WordClusters read(KnowledgeFile.Contents file) {
    KnowledgeFile.Row second = file.comments().get(1);
    String[] g = second.text().split("\t");
    int[] granularities = new int[g.length - 1];
    Map<String, Entry> words = new HashMap<>();
    try {
      for (int i = 1; i < g.length; i++) {
        granularities[i - 1] = Integer.parseInt(g[i]);
      }
    } catch (NumberFormatException e) {
      throw second.error("expected #granularities<TAB>number...");
    }
    for (KnowledgeFile.Row row : file.rows()) {
      String[] f = row.text().split("\t");
      if (f.length != 2 + granularities.length) {
        throw row.error("expected " + (2 + granularities.length) + " fields");
      }
      int[] ids = new int[granularities.length];
      try {
        for (int i = 0; i < ids.length; i++) {
          ids[i] = Integer.parseInt(f[2 + i]);
        }
        words.put(f[0], new Entry(Integer.parseInt(f[1]), ids));
      } catch (NumberFormatException e) {
        throw row.error("not a number");
      }
    }
    return new WordClusters(words, granularities, file.firstLine());
  }

  /** Writes the clusters, gzipped, in the resource format. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    Writer w = new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8);
    w.write(header.startsWith("#") ? header : "# " + header);
    w.write("\n#granularities");
    for (int g : granularities) {
      w.write("\t" + g);
    }
    w.write("\n");
    var sorted = new java.util.ArrayList<>(words.entrySet());
    sorted.sort((a, b) -> a.getValue().count != b.getValue().count
        ? Integer.compare(b.getValue().count, a.getValue().count) : a.getKey().compareTo(b.getKey()));
    StringBuilder sb = new StringBuilder();
    for (var e : sorted) {
      sb.setLength(0);
      sb.append(e.getKey()).append('\t').append(e.getValue().count);
      for (int id : e.getValue().clusters) {
        sb.append('\t').append(id);
      }
      w.write(sb.append('\n').toString());
    }
    w.flush();
    gz.finish();
  }

  /** The corpus frequency of a matching key (0 when unknown). */
  public int count(String key) {
    Entry e = words.get(key);
    return e == null ? 0 : e.count;
  }

  /** The cluster ids of a matching key, coarse to fine, when known. */
  Optional<int[]> clusters(String key) {
    Entry e = words.get(key);
    return e == null ? Optional.empty() : Optional.of(e.clusters);
  }

  /** The raw entry, or {@code null}; for the hot path. */
  Entry entry(String key) {
    return words.get(key);
  }

  /** The granularities, coarse to fine. */
  public int[] granularities() {
    return granularities.clone();
  }

  /** How many words. */
  public int size() {
    return words.size();
  }

  /** The header line naming the source. */
  public String header() {
    return header;
  }
}
