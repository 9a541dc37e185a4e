package org.khabar.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.khabar.text.ArabicText;

/**
 * Names of persons, places and organisations, matched over token sequences by their matching keys: the recogniser's
 * gazetteer features. Compiled by {@code khabar train ner} from ANERGazet and the Arabic names of GeoNames.
 *
 * <p>Resource format (gzip, UTF-8): {@code #} header lines naming the sources, then {@code CLASS TAB name} with the
 * name as space-separated matching keys.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {
  /** The bundled resource. */
  public static final String RESOURCE = "gazetteer.tsv.gz";

  /** Per-token match bits: {@code B} bit of a class is {@code 1 << 2c}, its {@code I} bit {@code 1 << (2c + 1)}. */
  static final int CLASSES = NerClass.values().length;

  private static final class Node {
    Map<String, Node> children;
    int classes;

    Node child(String key) {
      return children == null ? null : children.get(key);
    }
  }

  private final Node root = new Node();
  private final List<String> header;
  private final Map<NerClass, TreeSet<String>> names = new HashMap<>();

  private Gazetteer(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** An empty gazetteer: the ablation baseline. */
  public static Gazetteer empty() {
    return new Gazetteer(List.of("# empty"));
  }

  /**
   * Builds a gazetteer from names (any spelling; they are tokenised and folded to matching keys).
   *
   * @param sources one header line per source, naming it
   */
  public static Gazetteer build(Map<NerClass, ? extends Collection<String>> names, List<String> sources) {
    Gazetteer g = new Gazetteer(sources.stream().map(s -> s.startsWith("#") ? s : "# " + s).toList());
    names.forEach((c, list) -> list.forEach(name -> g.add(c, keys(name))));
    return g;
  }

  /** The bundled gazetteer, or an empty one when the resource is absent. */
  public static Gazetteer bundled() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      return in == null ? empty() : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  /** Reads a gazetteer written by {@link #write}. */
  public static Gazetteer read(InputStream gzipped) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
    List<String> header = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    int lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (line.startsWith("#")) {
        header.add(line);
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IOException("gazetteer line " + lineNo + ": expected CLASS<TAB>name");
      }
      rows.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
    }
    Gazetteer g = new Gazetteer(header);
    for (String[] row : rows) {
      NerClass c = NerClass.valueOf(row[0]);
      g.add(c, List.of(row[1].split(" ")));
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
    for (NerClass c : NerClass.values()) {
      for (String name : names.getOrDefault(c, new TreeSet<>())) {
        w.write(c.name() + "\t" + name + "\n");
      }
    }
    w.flush();
    gz.finish();
  }

  /** How many names of a class. */
  public int size(NerClass c) {
    return names.getOrDefault(c, new TreeSet<>()).size();
  }

  private void add(NerClass c, List<String> keys) {
    if (keys.isEmpty() || keys.stream().noneMatch(k -> k.chars().anyMatch(Character::isLetter))) {
      return;
    }
    names.computeIfAbsent(c, x -> new TreeSet<>()).add(String.join(" ", keys));
    Node node = root;
    for (String k : keys) {
      if (node.children == null) {
        node.children = new HashMap<>(4);
      }
      node = node.children.computeIfAbsent(k, x -> new Node());
    }
    node.classes |= 1 << c.ordinal();
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
   * Marks every token covered by a name: for each start, the longest name beginning there (its first token read as
   * written or without proclitics) sets the class's B bit on its first token and I bit on the others.
   *
   * @param keys the tokens' matching keys
   * @param stripped the first-token alternatives (keys without proclitics)
   * @param bits receives the bits, one int per token (cleared first)
   * @param multi receives, per token, whether its match spans more than one token
   */
  void match(String[] keys, String[] stripped, int n, int[] bits, boolean[] multi) {
    java.util.Arrays.fill(bits, 0, n, 0);
    java.util.Arrays.fill(multi, 0, n, false);
    if (root.children == null) {
      return;
    }
    for (int i = 0; i < n; i++) {
      int bestLen = 0;
      int bestClasses = 0;
      for (int alt = 0; alt < 2; alt++) {
        String first = alt == 0 ? keys[i] : stripped[i];
        if (alt == 1 && first.equals(keys[i])) {
          break;
        }
        Node node = root.child(first);
        int j = i + 1;
        while (node != null) {
          if (node.classes != 0 && j - i > bestLen) {
            bestLen = j - i;
            bestClasses = node.classes;
          }
          if (j >= n) {
            break;
          }
          node = node.child(keys[j]);
          j++;
        }
      }
      if (bestLen > 0) {
        for (int c = 0; c < CLASSES; c++) {
          if ((bestClasses & (1 << c)) != 0) {
            bits[i] |= 1 << (2 * c);
            for (int k = i + 1; k < i + bestLen; k++) {
              bits[k] |= 1 << (2 * c + 1);
            }
          }
        }
        if (bestLen > 1) {
          for (int k = i; k < i + bestLen; k++) {
            multi[k] = true;
          }
        }
      }
    }
  }
}
