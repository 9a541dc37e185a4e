package org.khabar.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khabar.entity.EntityAnalyzer;
import org.khabar.model.Claim;
import org.khabar.model.EntityMention;
import org.khabar.model.Publisher;
import org.khabar.model.Quote;
import org.khabar.model.TextLine;
import org.khabar.quote.QuoteAnalyzer;
import org.khabar.structure.ArticleStructure;
import org.khabar.text.ArabicText;

/**
 * Scores quotes and claims against a hand-annotated set of news sentences (issue #8).
 *
 * <p>The set is a TSV file; lines starting with {@code #} are comments. Columns:
 * <ol>
 *   <li>split: {@code dev} (for tuning), {@code test} (reported once), or {@code real}, {@code real-dev},
 *       {@code real-test} (sentences drawn at random from a news corpus, annotated before the analyser saw them;
 *       {@code real-dev} for error analysis, {@code real} and {@code real-test} held out; {@code real-holdout}
 *       drawn later, for the changes made after real-test was first measured; {@code real-blind2} drawn after both had
 *       been used for error analysis; {@code real-blind3} drawn after all four had been; {@code real-blind4} after
 *       all five had been; {@code real-blind5} after all six had been);
 *   <li>id of the item: rows with the same id are the expected claims of one item;
 *   <li>the item's text, on its first row only; the two characters {@code \n} separate input lines;
 *   <li>speaker: {@code =} for the publisher (the article's own voice), {@code -} for none;
 *   <li>the proposition as written;
 *   <li>kind: {@code direct}, {@code reported}, {@code publisher}, or {@code none} (the item must yield nothing);
 *   <li>stance: {@code asserts}, {@code denies}, {@code unconfirmed} ({@code -} for kind none).
 * </ol>
 *
 * <p>Each item runs through the pipeline's entity, quote and claim stages with a publisher named
 * {@value #PUBLISHER}. Expected and found claims are paired one to one, best word-overlap F1 first; a pair counts
 * when its overlap is at least {@value #MATCH}. Figures:
 * <ul>
 *   <li>speaker precision and recall, over claims attributed to a source other than the publisher (recall over
 *       expected claims that name a speaker in their sentence); a speaker is
 *       right on a <em>head-word match</em> (the first word of both, without the article ال and the conjunction
 *       و, is the same) and, stricter, on an <em>exact match</em> (same words);
 *   <li>content F1: the mean best word-overlap F1 of found claims (precision) and of expected claims (recall);
 *   <li>stance accuracy over the paired claims;
 *   <li>quote precision and recall: found quotes whose text pairs with an expected direct or reported claim.
 * </ul>
 */
public final class AttributionEvaluation {
  /** The publisher's name given to every item. */
  public static final String PUBLISHER = "الناشر";
  /** Least word-overlap F1 for a found claim to pair with an expected one. */
  public static final double MATCH = 0.5;

  /** One expected claim. */
  record Expected(String speaker, String content, String kind, String stance) {}

  /** One annotated item: its split, id, input lines and expected claims. */
  record Item(String split, String id, List<String> lines, List<Expected> expected) {}

  private final List<Item> items;

  private AttributionEvaluation(List<Item> items) {
    this.items = List.copyOf(items);
  }

  /**
   * Reads an evaluation set.
   *
   * @param in the TSV text
   * @param name the file's name, for error messages
   * @throws IllegalArgumentException naming the line of a malformed row
   */
  public static AttributionEvaluation parse(Reader in, String name) throws IOException {
    Map<String, Item> byId = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(in);
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 7) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": expected 7 columns, got " + c.length);
      }
      if (!c[5].equals("direct") && !c[5].equals("reported") && !c[5].equals("publisher") && !c[5].equals("none")) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": unknown kind " + c[5]);
      }
      Item item = byId.get(c[1]);
      if (item == null) {
        if (c[2].isEmpty()) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": first row of " + c[1] + " has no text");
        }
        item = new Item(c[0], c[1], List.of(c[2].split("\\\\n")), new ArrayList<>());
        byId.put(c[1], item);
      }
      if (!c[5].equals("none")) {
        item.expected().add(new Expected(c[3], c[4], c[5], c[6]));
      }
    }
    return new AttributionEvaluation(new ArrayList<>(byId.values()));
  }

  /** The figures of one run. */
  public record Scores(int items, int expectedClaims, int foundClaims, double speakerPrecisionHead,
      double speakerRecallHead, double speakerPrecisionExact, double speakerRecallExact, double contentF1,
      double contentPrecision, double contentRecall, double stanceAccuracy, double quotePrecision,
      double quoteRecall, List<String> failures) {}

  /** The items of several sets, in order; ids must not repeat across them. */
  public static AttributionEvaluation merge(List<AttributionEvaluation> sets) {
    List<Item> all = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (AttributionEvaluation set : sets) {
      for (Item item : set.items) {
        if (!ids.add(item.id())) {
          throw new IllegalArgumentException("item id " + item.id() + " appears in two evaluation sets");
        }
        all.add(item);
      }
    }
    return new AttributionEvaluation(all);
  }

  /** The splits {@link #score(String)} accepts. */
  public static final List<String> SPLITS = List.of("dev", "test", "real", "real-dev", "real-test", "real-holdout",
      "real-blind2", "real-blind3", "real-blind4", "real-blind5", "all");

  /**
   * Whether an item of split {@code itemSplit} belongs to the requested split: {@code all} takes every item, and
   * {@code real-test} (the held-out random sentences) takes the items marked {@code real-test} and the older
   * {@code real} ones.
   */
  static boolean inSplit(String requested, String itemSplit) {
    return requested.equals("all") || requested.equals(itemSplit)
        || (requested.equals("real-test") && itemSplit.equals("real"));
  }

  /** Scores the items of one split (one of {@link #SPLITS}) with the standard stages. */
  public Scores score(String split) {
    return score(split, EntityAnalyzer.standard(), QuoteAnalyzer.standard(), ClaimAnalyzer.standard());
  }

  Scores score(String split, EntityAnalyzer entityStage, QuoteAnalyzer quoteStage, ClaimAnalyzer claimStage) {
    int n = 0;
    int nExpected = 0;
    int nFound = 0;
    double sumP = 0;
    double sumR = 0;
    int predAttributed = 0;
    int goldAttributed = 0;
    int headRight = 0;
    int exactRight = 0;
    int pairs = 0;
    int stanceRight = 0;
    int quotes = 0;
    int quotesPaired = 0;
    int goldQuotes = 0;
    int goldQuotesFound = 0;
    List<String> failures = new ArrayList<>();
    for (Item item : items) {
      if (!inSplit(split, item.split())) {
        continue;
      }
      n++;
      List<TextLine> content = new ArrayList<>();
      for (int i = 0; i < item.lines().size(); i++) {
        content.add(new TextLine(i + 1, item.lines().get(i)));
      }
      ArticleStructure s = new ArticleStructure(null, null, null, new Publisher(PUBLISHER, null, List.of()),
          List.of(), String.join("\n\n", item.lines()), content, List.of());
      List<EntityMention> entities = entityStage.analyze(s).entities();
      List<Quote> qs = quoteStage.analyze(s, entities);
      List<Claim> cs = claimStage.analyze(s, qs);
      List<Expected> gold = item.expected();
      nExpected += gold.size();
      nFound += cs.size();
      double[][] f = new double[gold.size()][cs.size()];
      for (int g = 0; g < gold.size(); g++) {
        for (int p = 0; p < cs.size(); p++) {
          f[g][p] = overlapF1(gold.get(g).content(), cs.get(p).text());
        }
      }
      int[] pairOfGold = pair(f, gold.size(), cs.size());
      double[] bestOfPred = new double[cs.size()];
      for (int g = 0; g < gold.size(); g++) {
        int p = pairOfGold[g];
        Expected e = gold.get(g);
        boolean attributedGold = e.kind().equals("direct") || e.kind().equals("reported");
        goldAttributed += attributedGold && !e.speaker().equals("-") ? 1 : 0;
        if (p < 0) {
          failures.add(item.id() + ": missed " + e);
          continue;
        }
        sumR += f[g][p];
        bestOfPred[p] = f[g][p];
        Claim c = cs.get(p);
        pairs++;
        boolean stanceOk = c.stance().name().toLowerCase(Locale.ROOT).equals(e.stance());
        stanceRight += stanceOk ? 1 : 0;
        boolean attributedPred = c.source() != null && !c.source().equals(PUBLISHER);
        boolean head = attributedGold && attributedPred && head(e.speaker()).equals(head(c.source()));
        boolean exact = attributedGold && attributedPred && words(e.speaker()).equals(words(c.source()));
        headRight += head ? 1 : 0;
        exactRight += exact ? 1 : 0;
        // a gold speaker "-" (a pronoun with no antecedent in the item) is matched by no named source
        boolean sourceOk = attributedGold && !e.speaker().equals("-") ? head : !attributedPred;
        if (!stanceOk || !sourceOk) {
          failures.add(item.id() + ": expected " + e + ", got " + c);
        } else if (head && !exact) {
          failures.add(item.id() + ": speaker span: expected " + e.speaker() + ", got " + c.source());
        }
      }
      for (int p = 0; p < cs.size(); p++) {
        sumP += bestOfPred[p];
        Claim c = cs.get(p);
        predAttributed += c.source() != null && !c.source().equals(PUBLISHER) ? 1 : 0;
        if (bestOfPred[p] < MATCH) {
          failures.add(item.id() + ": spurious " + c);
        }
      }
      for (Quote q : qs) {
        quotes++;
        for (Expected e : gold) {
          if (!e.kind().equals("publisher") && overlapF1(e.content(), q.text()) >= MATCH) {
            quotesPaired++;
            break;
          }
        }
      }
      for (Expected e : gold) {
        if (e.kind().equals("publisher")) {
          continue;
        }
        goldQuotes++;
        for (Quote q : qs) {
          if (overlapF1(e.content(), q.text()) >= MATCH) {
            goldQuotesFound++;
            break;
          }
        }
      }
    }
    double cp = ratio(sumP, nFound);
    double cr = ratio(sumR, nExpected);
    return new Scores(n, nExpected, nFound, ratio(headRight, predAttributed), ratio(headRight, goldAttributed),
        ratio(exactRight, predAttributed), ratio(exactRight, goldAttributed),
        cp + cr == 0 ? 0 : 2 * cp * cr / (cp + cr), cp, cr, ratio(stanceRight, pairs), ratio(quotesPaired, quotes),
        ratio(goldQuotesFound, goldQuotes), failures);
  }

  /** Pairs expected with found claims one to one, best overlap first; -1 for an expected claim left unpaired. */
  private static int[] pair(double[][] f, int gold, int pred) {
    int[] out = new int[gold];
    java.util.Arrays.fill(out, -1);
    boolean[] used = new boolean[pred];
    while (true) {
      double best = MATCH;
      int bg = -1;
      int bp = -1;
      for (int g = 0; g < gold; g++) {
        if (out[g] >= 0) {
          continue;
        }
        for (int p = 0; p < pred; p++) {
          if (!used[p] && f[g][p] >= best) {
            best = f[g][p];
            bg = g;
            bp = p;
          }
        }
      }
      if (bg < 0) {
        return out;
      }
      out[bg] = bp;
      used[bp] = true;
    }
  }

  private static double ratio(double a, int b) {
    return b == 0 ? 0 : a / b;
  }

  /** Word-overlap F1 of two texts, on match keys, counting repeated words. */
  static double overlapF1(String a, String b) {
    List<String> wa = words(a);
    List<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String w : wa) {
      counts.merge(w, 1, Integer::sum);
    }
    int common = 0;
    for (String w : wb) {
      Integer c = counts.get(w);
      if (c != null && c > 0) {
        common++;
        counts.put(w, c - 1);
      }
    }
    if (common == 0) {
      return 0;
    }
    double p = (double) common / wb.size();
    double r = (double) common / wa.size();
    return 2 * p * r / (p + r);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (String w : ArabicText.matchKey(s).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The head word of a speaker: its first word without the conjunction و and the article ال. */
  private static String head(String speaker) {
    List<String> w = words(speaker);
    if (w.isEmpty()) {
      return "";
    }
    String h = w.get(0);
    if (h.length() > 3 && h.startsWith("و")) {
      h = h.substring(1);
    }
    if (h.length() > 3 && h.startsWith("ال")) {
      h = h.substring(2);
    }
    return h;
  }

  /** Formats a figure with three decimals. */
  public static String format(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  @Override
  public String toString() {
    return "AttributionEvaluation[" + items.size() + " items]";
  }
}
