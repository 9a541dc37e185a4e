package org.khabar.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.khabar.text.ArabicText;
import org.khabar.text.KnowledgeFile;

/**
 * Names of persons, places and organisations from several sources, matched over token sequences by their matching
 * keys: the recogniser's gazetteer features. Compiled by {@code khabar train ner} from ANERGazet, the Arabic names of
 * GeoNames, the actor knowledge base and the outlet registry; each source keeps its own features, so the model
 * learns how far to trust each.
 *
 * <p>Resource format (gzip, UTF-8): {@code #} header lines naming the sources, then {@code CLASS TAB SOURCE TAB name}
 * (or the older {@code CLASS TAB name}, source {@code anergazet}) with the name as space-separated matching keys.
 * Sources are numbered in the order they first appear; at most {@link #MAX_SOURCES}.
 *
 * <p>Matching (Ratinov and Roth 2009): per source, the longest name starting at each token is taken, left to right,
 * without overlaps within the source; each covered token gets its BIES position in that match (begin, inside, end,
 * single) for the name's classes.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {
  /** The bundled resource. */
  public static final String RESOURCE = "gazetteer.tsv.gz";

  static final int CLASSES = NerClass.values().length;
  /** The most sources one gazetteer holds: four position bits per (source, class) fill a {@code long}. */
  static final int MAX_SOURCES = 64 / (4 * CLASSES);
  /** Positions within a match, as the bit offsets of {@link #match}. */
  static final int BEGIN = 0;
  static final int INSIDE = 1;
  static final int END = 2;
  static final int SINGLE = 3;

  /** The sources whose multi-token organisation names are certain enough to be rules: curated, one actor each. */
  static final java.util.Set<String> CERTAIN_SOURCES = java.util.Set.of("actors", "outlets");
  private static final String DEFAULT_SOURCE = "anergazet";

  static final class Node {
    Map<String, Node> children;
    /** Bit {@code source * CLASSES + class}. */
    int classes;

    Node child(String key) {
      return children == null ? null : children.get(key);
    }
  }

  private final Node root = new Node();
  private final List<String> header;
  private final List<String> sources = new ArrayList<>();
  private final Map<String, Map<NerClass, TreeSet<String>>> names = new java.util.LinkedHashMap<>();
  private int certainMask;

  private Gazetteer(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** An empty gazetteer: the ablation baseline. */
  public static Gazetteer empty() {
    return new Gazetteer(List.of("# empty"));
  }

  /**
   * Builds a gazetteer of one source from names (any spelling; they are tokenised and folded to matching keys).
   *
   * @param sources one header line per source, naming it
   */
  public static Gazetteer build(Map<NerClass, ? extends Collection<String>> names, List<String> sources) {
    return bySource(Map.of(DEFAULT_SOURCE, names), sources);
  }

  /**
   * Builds a gazetteer from names by source (any spelling; they are tokenised and folded to matching keys).
   *
   * @param bySource per source name (in iteration order), names by class
   * @param header one header line per source, naming it
   */
  public static Gazetteer bySource(Map<String, ? extends Map<NerClass, ? extends Collection<String>>> bySource,
      List<String> header) {
    Gazetteer g = new Gazetteer(header.stream().map(s -> s.startsWith("#") ? s : "# " + s).toList());
    bySource.forEach((source, names) -> names.forEach((c, list) -> list.forEach(name -> g.add(source, c,
        keys(name)))));
    return g;
  }

  /** The bundled gazetteer, or an empty one when the resource is absent. */
  public static Gazetteer bundled() {
    return KnowledgeFile.find(Gazetteer.class, RESOURCE).map(Gazetteer::read).orElseGet(Gazetteer::empty);
  }

  /** Reads a gazetteer written by {@link #write} (gzipped); errors name {@link #RESOURCE} and the line. */
  public static Gazetteer read(InputStream gzipped) throws IOException {
    return read(KnowledgeFile.read(RESOURCE, gzipped));
  }

  /**
   * Reads a gazetteer's knowledge file: its {@code #} lines are the header, its rows {@code CLASS TAB SOURCE TAB name}.
   *
   * @throws IllegalStateException naming the file and line of a malformed row, an unknown class or source
   */
  static Gazetteer read(KnowledgeFile.Contents file) {
    Gazetteer g = new Gazetteer(file.comments().stream().map(KnowledgeFile.Row::text).toList());
    for (KnowledgeFile.Row row : file.rows()) {
      String line = row.text();
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw row.error("expected CLASS<TAB>name");
      }
      String rest = line.substring(tab + 1);
      int tab2 = rest.indexOf('\t');
      String source = tab2 < 0 ? DEFAULT_SOURCE : rest.substring(0, tab2);
      try {
        g.add(source, NerClass.valueOf(line.substring(0, tab)), List.of(rest.substring(tab2 + 1).split(" ")));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    return g;
  }

  /** Writes the gazetteer, gzipped. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    Writer w = new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8);
    for (String h : header) {
      w.write(h + "\n");
    }
    for (Map.Entry<String, Map<NerClass, TreeSet<String>>> e : names.entrySet()) {
      for (NerClass c : NerClass.values()) {
        for (String name : e.getValue().getOrDefault(c, new TreeSet<>())) {
          w.write(c.name() + "\t" + e.getKey() + "\t" + name + "\n");
        }
      }
    }
    w.flush();
    gz.finish();
  }

  /** How many names of a class, all sources together (a name in two sources counts twice). */
  public int size(NerClass c) {
    return names.values().stream().mapToInt(m -> m.getOrDefault(c, new TreeSet<>()).size()).sum();
  }

  /** The sources, in their feature order. */
  public List<String> sources() {
    return List.copyOf(sources);
  }

  private void add(String source, NerClass c, List<String> keys) {
    if (keys.isEmpty() || keys.stream().noneMatch(k -> k.chars().anyMatch(Character::isLetter))) {
      return;
    }
    int s = sources.indexOf(source);
    if (s < 0) {
      if (sources.size() == MAX_SOURCES) {
        throw new IllegalArgumentException("gazetteer: more than " + MAX_SOURCES + " sources (" + source + ")");
      }
      if (!source.matches("[a-z0-9-]+")) {
        throw new IllegalArgumentException("gazetteer: source names are lower-case slugs: '" + source + "'");
      }
      sources.add(source);
      s = sources.size() - 1;
      if (CERTAIN_SOURCES.contains(source)) {
        certainMask |= 1 << (s * CLASSES + NerClass.ORG.ordinal());
      }
    }
    names.computeIfAbsent(source, x -> new java.util.EnumMap<>(NerClass.class))
        .computeIfAbsent(c, x -> new TreeSet<>()).add(String.join(" ", keys));
    Node node = root;
    for (String k : keys) {
      if (node.children == null) {
        node.children = new HashMap<>(4);
      }
      node = node.children.computeIfAbsent(k, x -> new Node());
    }
    node.classes |= 1 << (s * CLASSES + c.ordinal());
  }

  static List<String> keys(String name) {
    LineTokenizer.Tokens t = LineTokenizer.tokenize(name);
    List<String> out = new ArrayList<>(t.count());
    for (int i = 0; i < t.count(); i++) {
      String k = ArabicText.matchKey(t.text(name, i));
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * Marks every token covered by a name: per source, left to right, the longest name beginning at a token (its
   * first token read as written or without proclitics) that does not overlap an earlier match of the same source
   * sets, on each of its tokens, the position bit ({@link #BEGIN}, {@link #INSIDE}, {@link #END} or {@link #SINGLE})
   * of each of the name's classes: bit {@code 4 * (source * CLASSES + class) + position}.
   *
   * @param keys the tokens' matching keys
   * @param stripped the first-token alternatives (keys without proclitics)
   * @param bits receives the bits, one long per token (cleared first)
   */
  void match(String[] keys, String[] stripped, int n, long[] bits) {
    Node[] fromKey = new Node[n];
    Node[] fromStripped = new Node[n];
    for (int i = 0; i < n; i++) {
      fromKey[i] = start(keys[i]);
      fromStripped[i] = stripped[i].equals(keys[i]) ? null : start(stripped[i]);
    }
    match(keys, fromKey, fromStripped, n, bits);
  }

  /** The trie node of names beginning with {@code key}, or null: what {@link #match} needs of a first token. */
  Node start(String key) {
    return root.child(key);
  }

  /**
   * {@link #match(String[], String[], int, long[])} given each token's {@link #start} nodes (computed once per word
   * by the caller): {@code fromKey[i]} for its key, {@code fromStripped[i]} for its key without proclitics (null when
   * that is the key itself or no name begins with it).
   */
  void match(String[] keys, Node[] fromKey, Node[] fromStripped, int n, long[] bits) {
    java.util.Arrays.fill(bits, 0, n, 0L);
    if (root.children == null) {
      return;
    }
    int ns = sources.size();
    int[] coveredUntil = new int[ns];
    int[] bestLen = new int[ns];
    int[] bestClasses = new int[ns];
    int sourceMask = (1 << CLASSES) - 1;
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(bestLen, 0);
      for (int alt = 0; alt < 2; alt++) {
        Node node = alt == 0 ? fromKey[i] : fromStripped[i];
        int j = i + 1;
        while (node != null) {
          if (node.classes != 0) {
            for (int s = 0; s < ns; s++) {
              int c = (node.classes >>> (s * CLASSES)) & sourceMask;
              if (c != 0 && j - i > bestLen[s]) {
                bestLen[s] = j - i;
                bestClasses[s] = c;
              }
            }
          }
          if (j >= n) {
            break;
          }
          node = node.child(keys[j]);
          j++;
        }
      }
      for (int s = 0; s < ns; s++) {
        int len = bestLen[s];
        if (len == 0 || i < coveredUntil[s]) {
          continue;
        }
        coveredUntil[s] = i + len;
        for (int c = 0; c < CLASSES; c++) {
          if ((bestClasses[s] & (1 << c)) == 0) {
            continue;
          }
          int base = 4 * (s * CLASSES + c);
          if (len == 1) {
            bits[i] |= 1L << (base + SINGLE);
            continue;
          }
          bits[i] |= 1L << (base + BEGIN);
          for (int k = i + 1; k < i + len - 1; k++) {
            bits[k] |= 1L << (base + INSIDE);
          }
          bits[i + len - 1] |= 1L << (base + END);
        }
      }
    }
  }

  /**
   * The certain organisation names in a token sequence: multi-token matches of an organisation name of a curated
   * source ({@link #CERTAIN_SOURCES}) that no source also lists as a person or place, as {@code [start, end)} pairs.
   */
  List<int[]> certainOrgSpans(long[] bits, int n) {
    List<int[]> out = new ArrayList<>();
    if (certainMask == 0) {
      return out;
    }
    int otherMask = 0;
    for (int s = 0; s < sources.size(); s++) {
      otherMask |= 1 << (s * CLASSES + NerClass.PERSON.ordinal());
      otherMask |= 1 << (s * CLASSES + NerClass.PLACE.ordinal());
    }
    for (int i = 0; i < n; i++) {
      for (int b = 0; b < 32; b++) {
        if ((certainMask & (1 << b)) == 0 || (bits[i] & (1L << (4 * b + BEGIN))) == 0) {
          continue;
        }
        int j = i + 1;
        while (j < n && (bits[j] & (1L << (4 * b + END))) == 0) {
          j++;
        }
        if (j >= n) {
          continue;
        }
        boolean clash = false;
        for (int k = i; k <= j && !clash; k++) {
          for (int o = 0; o < 32; o++) {
            // Any source's person or place match over these tokens makes the name ambiguous.
            if ((otherMask & (1 << o)) != 0 && (bits[k] >>> (4 * o) & 0xF) != 0) {
              clash = true;
              break;
            }
          }
        }
        if (!clash) {
          out.add(new int[] {i, j + 1});
        }
      }
    }
    return out;
  }
}
