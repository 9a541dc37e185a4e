package org.khabar.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.khabar.text.ArabicText;
import org.khabar.text.KnowledgeFile;

/**
 * How often each word follows each kind of trigger word ({@link Triggers}) in an unlabelled corpus: a word that
 * often follows a title (الرئيس، الوزير) is likely a person's name, one that follows مدينة or في a place, one that
 * follows حركة or وكالة an organisation's. A distributional gazetteer learnt without labels (Hearst-style contexts
 * counted over ant-2018), read by {@link NerFeatures} as bucketed shares.
 *
 * <p>Keys are clitic-stripped matching keys. Immutable and thread-safe once built.
 */
public final class ContextProfiles {
  /** The bundled resource, written by {@code khabar train contexts}. */
  public static final String RESOURCE = "contexts.tsv.gz";

  /** The trigger kinds counted, in column order. */
  static final int[] KINDS = {Triggers.PERSON, Triggers.PLACE, Triggers.ORG, Triggers.SPEECH};

  /** Words seen fewer times are not kept. */
  private static final int MIN_COUNT = 5;

  /** The count of a word, then its count after each of {@link #KINDS}. */
  private final Map<String, int[]> counts;
  private final String header;

  private ContextProfiles(Map<String, int[]> counts, String header) {
    this.counts = counts;
    this.header = header;
  }

  /** No profiles. */
  public static ContextProfiles empty() {
    return new ContextProfiles(Map.of(), "# empty");
  }

  private static final class Holder {
    static final ContextProfiles BUNDLED = load();

    private static ContextProfiles load() {
      return KnowledgeFile.findWithHeader(ContextProfiles.class, RESOURCE, 1).map(ContextProfiles::read)
          .orElseGet(ContextProfiles::empty);
    }
  }

  /** The bundled profiles, or empty ones when the resource is absent. */
  public static ContextProfiles bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Counts the profiles over texts (e.g. article bodies).
   *
   * @param lexicon the word counts the clitic stripper decides by
   * @param source names the corpus in the header line
   */
  public static ContextProfiles train(Iterator<String> texts, WordClusters lexicon, String source) {
    CliticStripper stripper = new CliticStripper(lexicon::count);
    Triggers triggers = Triggers.bundled();
    Map<String, int[]> counts = new HashMap<>();
    Map<String, String> strippedCache = new HashMap<>();
    while (texts.hasNext()) {
      String text = texts.next();
      if (text == null) {
        continue;
      }
      LineTokenizer.Tokens t = LineTokenizer.tokenize(text);
      int previousKinds = 0;
      for (int i = 0; i < t.count(); i++) {
        String key = ArabicText.matchKey(text.subSequence(t.starts()[i], t.ends()[i]));
        if (key.isEmpty()) {
          previousKinds = 0;
          continue;
        }
        String stripped = strippedCache.computeIfAbsent(key, stripper::stripped);
        int[] c = counts.computeIfAbsent(stripped, k -> new int[1 + KINDS.length]);
        c[0]++;
        for (int k = 0; k < KINDS.length; k++) {
          if ((previousKinds & KINDS[k]) != 0) {
            c[1 + k]++;
          }
        }
        int kinds = triggers.kinds(key);
        previousKinds = kinds != 0 ? kinds : triggers.kinds(stripped);
      }
      if (strippedCache.size() > 1 << 20) {
        strippedCache.clear();
      }
    }
    counts.values().removeIf(c -> c[0] < MIN_COUNT || !anyContext(c));
    return new ContextProfiles(counts, "# trigger-context counts of words (khabar ContextProfiles) over " + source);
  }

  private static boolean anyContext(int[] c) {
    for (int k = 1; k < c.length; k++) {
      if (c[k] > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads profiles written by {@link #write} (gzipped): the header line naming the source, then a row a word (the
   * word {@code #} too).
   *
   * @throws IllegalStateException naming {@link #RESOURCE} and the line of a malformed row
   */
  public static ContextProfiles read(InputStream gzipped) throws IOException {
    return read(KnowledgeFile.readWithHeader(RESOURCE, gzipped, 1));
  }

  private static ContextProfiles read(KnowledgeFile.Contents file) {
    Map<String, int[]> counts = new HashMap<>();
    for (KnowledgeFile.Row row : file.rows()) {
      String[] f = row.text().split("\t");
      if (f.length != 2 + KINDS.length) {
        throw row.error("expected " + (2 + KINDS.length) + " fields");
      }
      int[] c = new int[1 + KINDS.length];
      try {
        for (int k = 0; k < c.length; k++) {
          c[k] = Integer.parseInt(f[1 + k]);
        }
      } catch (NumberFormatException e) {
        throw row.error("bad count");
      }
      counts.put(f[0], c);
    }
    return new ContextProfiles(counts, file.firstLine());
  }

  /** Writes the profiles, gzipped: a header line, then {@code word, count, count after each kind}, by count. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    Writer w = new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8);
    w.write(header.startsWith("#") ? header : "# " + header);
    w.write("\n");
    var sorted = new java.util.ArrayList<>(counts.entrySet());
    sorted.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(b.getValue()[0], a.getValue()[0])
        : a.getKey().compareTo(b.getKey()));
    StringBuilder sb = new StringBuilder();
    for (var e : sorted) {
      sb.setLength(0);
      sb.append(e.getKey());
      for (int c : e.getValue()) {
        sb.append('\t').append(c);
      }
      w.write(sb.append('\n').toString());
    }
    w.flush();
    gz.finish();
  }

  /**
   * The profile of a clitic-stripped key as buckets, one per kind of {@link #KINDS} (bits {@code 2k..2k+1}): 0 never
   * after that kind, 1 under 2% of its occurrences, 2 under 15%, 3 at least 15%; 0 for an unknown word.
   */
  int buckets(String stripped) {
    int[] c = counts.get(stripped);
    if (c == null) {
      return 0;
    }
    int out = 0;
    for (int k = 0; k < KINDS.length; k++) {
      int n = c[1 + k];
      int b = n == 0 ? 0 : n * 50 < c[0] ? 1 : n * 100 < c[0] * 15 ? 2 : 3;
      out |= b << (2 * k);
    }
    return out;
  }

  /** How many words. */
  public int size() {
    return counts.size();
  }

  /** The header line naming the source. */
  public String header() {
    return header;
  }
}
