package org.khabar.entity;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level exact-match scores, CoNLL style: a predicted entity counts only when its class, first and last token
 * all equal a gold entity's. Per class P/R/F1, and micro-averaged over PERSON, PLACE and ORG (MISC reported apart).
 *
 * <p>Accumulates sentence by sentence; not thread-safe.
 */
public final class NerScores {
  private final Map<NerClass, int[]> counts = new EnumMap<>(NerClass.class);

  public NerScores() {
    for (NerClass c : NerClass.values()) {
      counts.put(c, new int[3]);
    }
  }

  /** Adds one sentence's gold and predicted tags. */
  public void add(int[] gold, int[] predicted) {
    if (gold.length != predicted.length) {
      throw new IllegalArgumentException(gold.length + " gold tags but " + predicted.length + " predicted");
    }
    List<BioTags.Chunk> g = BioTags.chunks(gold);
    List<BioTags.Chunk> p = BioTags.chunks(predicted);
    Set<BioTags.Chunk> goldSet = new HashSet<>(g);
    for (BioTags.Chunk c : g) {
      counts.get(c.type())[1]++;
    }
    for (BioTags.Chunk c : p) {
      counts.get(c.type())[2]++;
      if (goldSet.contains(c)) {
        counts.get(c.type())[0]++;
      }
    }
  }

  /** Adds the counts of {@code other} (e.g. pooling the folds of a cross-validation). */
  public void addAll(NerScores other) {
    for (NerClass c : NerClass.values()) {
      int[] mine = counts.get(c);
      int[] theirs = other.counts.get(c);
      for (int i = 0; i < 3; i++) {
        mine[i] += theirs[i];
      }
    }
  }

  /** Correct, gold and predicted counts of one class. */
  public int[] counts(NerClass c) {
    return counts.get(c).clone();
  }

  /** Precision of one class (0 when nothing was predicted). */
  public double precision(NerClass c) {
    int[] n = counts.get(c);
    return ratio(n[0], n[2]);
  }

  /** Recall of one class (0 when there was nothing to find). */
  public double recall(NerClass c) {
    int[] n = counts.get(c);
    return ratio(n[0], n[1]);
  }

  /** F1 of one class. */
  public double f1(NerClass c) {
    return f1(precision(c), recall(c));
  }

  /** Micro-averaged precision over PERSON, PLACE and ORG. */
  public double microPrecision() {
    int[] n = micro();
    return ratio(n[0], n[2]);
  }

  /** Micro-averaged recall over PERSON, PLACE and ORG. */
  public double microRecall() {
    int[] n = micro();
    return ratio(n[0], n[1]);
  }

  /** Micro-averaged F1 over PERSON, PLACE and ORG. */
  public double microF1() {
    return f1(microPrecision(), microRecall());
  }

  /**
   * The figures by name, in print order: {@code PERSON P}, {@code PERSON R}, {@code PERSON F1}, ... for PERSON,
   * PLACE, ORG; {@code micro-P}, {@code micro-R}, {@code micro-F1}; then MISC's; then entity counts.
   */
  public Map<String, String> figures() {
    Map<String, String> out = new LinkedHashMap<>();
    for (NerClass c : List.of(NerClass.PERSON, NerClass.PLACE, NerClass.ORG)) {
      put(out, c.name(), precision(c), recall(c), f1(c));
    }
    out.put("micro-P", format(microPrecision()));
    out.put("micro-R", format(microRecall()));
    out.put("micro-F1", format(microF1()));
    put(out, "MISC", precision(NerClass.MISC), recall(NerClass.MISC), f1(NerClass.MISC));
    int[] n = micro();
    out.put("gold entities", Integer.toString(n[1]));
    out.put("predicted entities", Integer.toString(n[2]));
    return out;
  }

  private static void put(Map<String, String> out, String name, double p, double r, double f) {
    out.put(name + " P", format(p));
    out.put(name + " R", format(r));
    out.put(name + " F1", format(f));
  }

  private static String format(double v) {
    return String.format(java.util.Locale.ROOT, "%.4f", v);
  }

  private int[] micro() {
    int[] n = new int[3];
    for (NerClass c : List.of(NerClass.PERSON, NerClass.PLACE, NerClass.ORG)) {
      for (int i = 0; i < 3; i++) {
        n[i] += counts.get(c)[i];
      }
    }
    return n;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
