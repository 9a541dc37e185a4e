package org.khabar.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khabar.model.EntityMention;
import org.khabar.model.Quantity;
import org.khabar.model.TextLine;

/**
 * A hand-annotated evaluation set for actor linking and quantities, and its scoring.
 *
 * <p>Format (tab-separated, {@code #} comments, a blank line ends an item; an item is a few lines of one article):
 * <pre>
 * T  text of a content line
 * A  mention as written  actor-id                    (every mention of a knowledge-base actor)
 * Q  quantity as written  value  max-or-dash  counts-or-dash
 * </pre>
 * Linking is scored on (line-free) mention text and actor pairs per item; quantities on their text, then on value,
 * range and count among those found.
 */
public final class ActorEvaluation {
  /** One gold item: its lines and facts, with the line of the file it starts at. */
  record Item(int fileLine, List<TextLine> lines, List<String> actors, List<String[]> quantities) {}

  /**
   * Scores of one run.
   *
   * @param items how many items were scored
   * @param linkPrecision correct linked mentions over linked mentions found
   * @param linkRecall correct linked mentions over gold mentions
   * @param quantityPrecision quantities found with a gold quantity of the same text, over quantities found
   * @param quantityRecall gold quantities found with the same text, over gold quantities
   * @param valueAccuracy among matched quantities, those with the right value and range
   * @param countsAccuracy among matched quantities, those with the right count type
   * @param failures one line per miss or false find, naming the file line of its item
   */
  public record Scores(int items, double linkPrecision, double linkRecall, double quantityPrecision,
      double quantityRecall, double valueAccuracy, double countsAccuracy, List<String> failures) {
    public Scores {
      failures = List.copyOf(failures);
    }

    /** The F1 of linking. */
    public double linkF1() {
      return linkPrecision + linkRecall == 0 ? 0 : 2 * linkPrecision * linkRecall / (linkPrecision + linkRecall);
    }
  }

  private final List<Item> items;

  private ActorEvaluation(List<Item> items) {
    this.items = List.copyOf(items);
  }

  /** Parses an evaluation set; fails with the origin and line number of a malformed line. */
  public static ActorEvaluation parse(Reader in, String origin) throws IOException {
    BufferedReader r = new BufferedReader(in);
    List<Item> items = new ArrayList<>();
    List<TextLine> lines = new ArrayList<>();
    List<String> actors = new ArrayList<>();
    List<String[]> quantities = new ArrayList<>();
    int start = 0;
    int no = 0;
    String line;
    while (true) {
      line = r.readLine();
      no++;
      if (line == null || line.isBlank()) {
        if (!lines.isEmpty()) {
          items.add(new Item(start, List.copyOf(lines), List.copyOf(actors), List.copyOf(quantities)));
        } else if (!actors.isEmpty() || !quantities.isEmpty()) {
          throw new IllegalArgumentException(origin + ":" + start + ": facts without a T line");
        }
        lines.clear();
        actors.clear();
        quantities.clear();
        if (line == null) {
          break;
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      if (lines.isEmpty() && actors.isEmpty() && quantities.isEmpty()) {
        start = no;
      }
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "T" -> {
          need(f, 2, origin, no);
          lines.add(new TextLine(lines.size() + 1, f[1]));
        }
        case "A" -> {
          need(f, 3, origin, no);
          actors.add(f[1] + "=" + f[2]);
        }
        case "Q" -> {
          need(f, 5, origin, no);
          quantities.add(new String[] {f[1], f[2], f[3], f[4]});
        }
        default -> throw new IllegalArgumentException(origin + ":" + no + ": unknown line kind '" + f[0] + "'");
      }
    }
    return new ActorEvaluation(items);
  }

  private static void need(String[] f, int n, String origin, int no) {
    if (f.length != n) {
      throw new IllegalArgumentException(origin + ":" + no + ": expected " + n + " tab-separated fields");
    }
  }

  /** How many items the set holds. */
  public int size() {
    return items.size();
  }

  /** Runs the linker and the quantity reader over every item and scores them against the gold. */
  public Scores score(ActorLinker linker, QuantityReader reader) {
    int linkFound = 0;
    int linkGold = 0;
    int linkRight = 0;
    int qFound = 0;
    int qGold = 0;
    int qMatched = 0;
    int valueRight = 0;
    int countsRight = 0;
    List<String> failures = new ArrayList<>();
    for (Item item : items) {
      List<String> predicted = new ArrayList<>();
      for (EntityMention m : linker.link(item.lines(), List.of()).mentions()) {
        if (m.actor() != null) {
          predicted.add(m.text() + "=" + m.actor());
        }
      }
      List<String> gold = new ArrayList<>(item.actors());
      linkFound += predicted.size();
      linkGold += gold.size();
      for (String p : predicted) {
        if (gold.remove(p)) {
          linkRight++;
        } else {
          failures.add("line " + item.fileLine() + ": false link " + p);
        }
      }
      for (String g : gold) {
        failures.add("line " + item.fileLine() + ": missed link " + g);
      }
      List<Quantity> found = new ArrayList<>(reader.read(item.lines()));
      qFound += found.size();
      qGold += item.quantities().size();
      for (String[] g : item.quantities()) {
        Quantity q = null;
        for (Quantity f : found) {
          if (f.text().equals(g[0])) {
            q = f;
            break;
          }
        }
        if (q == null) {
          failures.add("line " + item.fileLine() + ": missed quantity " + g[0]);
          continue;
        }
        found.remove(q);
        qMatched++;
        boolean value = same(q.value(), g[1]) && (g[2].equals("-") ? q.max() == null : q.max() != null && same(q.max(), g[2]));
        boolean counts = g[3].equals("-") ? q.counts() == null : g[3].equals(q.counts());
        valueRight += value ? 1 : 0;
        countsRight += counts ? 1 : 0;
        if (!value || !counts) {
          failures.add("line " + item.fileLine() + ": quantity " + g[0] + " read as " + q.value() + ".." + q.max()
              + " " + q.counts() + ", gold " + g[1] + ".." + g[2] + " " + g[3]);
        }
      }
      for (Quantity f : found) {
        failures.add("line " + item.fileLine() + ": false quantity " + f.text());
      }
    }
    return new Scores(items.size(), ratio(linkRight, linkFound), ratio(linkRight, linkGold), ratio(qMatched, qFound),
        ratio(qMatched, qGold), ratio(valueRight, qMatched), ratio(countsRight, qMatched), failures);
  }

  private static boolean same(double v, String gold) {
    return Math.abs(v - Double.parseDouble(gold)) < 1e-6 * Math.max(1, Math.abs(v));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  /** Formats a score as the eval commands print it. */
  public static String format(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
