package org.khabar.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stance model that uses the rationale lines of its training pairs as supervision: an {@link EvidenceRelevance}
 * line model is trained on the training pairs' pages, and its page aggregates either extend the standard features
 * of one {@link StanceModel} ({@link Mode#APPEND}) or drive a two-step decision ({@link Mode#TWO_STEP}: related
 * vs unrelated from the standard features and the evidence aggregates, then agree / disagree / discuss among the
 * related from the evidence lines' aggregates and the claim's own cues only).
 *
 * <p>Immutable and thread-safe once trained.
 */
public final class RationaleStance {
  /** How the evidence aggregates are used. */
  public enum Mode {
    /** Appended to the standard features of one four-way model. */
    APPEND,
    /** Related vs unrelated first, then the related class from the evidence only. */
    TWO_STEP
  }

  /** The standard features the second step of {@link Mode#TWO_STEP} reads besides the evidence aggregates. */
  static final List<String> CLAIM_CUES = List.of("claim_hedge", "claim_negation", "claim_refute");
  private static final int K = ArticleStance.values().length;

  private final Mode mode;
  private final EvidenceRelevance lines;
  private final StanceModel model;
  private final double[][] related;
  private final StanceModel which;

  /** The indices of the aggregates used, in {@link EvidenceRelevance#AGGREGATE_NAMES}. */
  private final int[] used;

  private RationaleStance(Mode mode, EvidenceRelevance lines, StanceModel model, double[][] related,
      StanceModel which, int[] used) {
    this.used = used;
    this.mode = mode;
    this.lines = lines;
    this.model = model;
    this.related = related;
    this.which = which;
  }

  /**
   * Trains on the given pairs only.
   *
   * @param base the standard features of each pair
   * @param pages the content lines of each pair
   * @param rationale the rationale line numbers of each pair (see {@link EvidenceRelevance#train})
   * @param groups the claim of each pair
   */
  public static RationaleStance train(List<double[]> base, List<EvidenceRelevance.Page> pages,
      List<Set<Integer>> rationale, List<ArticleStance> ys, int[] groups, StanceModel.Options o, Mode mode) {
    return train(base, pages, rationale, ys, groups, o, mode, EvidenceRelevance.AGGREGATE_NAMES, true);
  }

  /**
   * Trains on the given pairs only, with a subset of the evidence aggregates.
   *
   * @param aggregates names from {@link EvidenceRelevance#AGGREGATE_NAMES}
   * @param otherLinesNegative see {@link EvidenceRelevance#train(List, List, boolean)}
   */
  public static RationaleStance train(List<double[]> base, List<EvidenceRelevance.Page> pages,
      List<Set<Integer>> rationale, List<ArticleStance> ys, int[] groups, StanceModel.Options o, Mode mode,
      List<String> aggregates, boolean otherLinesNegative) {
    int[] used = new int[aggregates.size()];
    for (int i = 0; i < used.length; i++) {
      used[i] = EvidenceRelevance.AGGREGATE_NAMES.indexOf(aggregates.get(i));
      if (used[i] < 0) {
        throw new IllegalArgumentException("no evidence aggregate named " + aggregates.get(i));
      }
    }
    EvidenceRelevance lines = EvidenceRelevance.train(pages, rationale, otherLinesNegative, ys);
    List<double[]> joined = new ArrayList<>();
    List<double[]> aggs = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      aggs.add(pick(lines.aggregates(pages.get(i)), used));
      joined.add(join(base.get(i), aggs.get(i)));
    }
    if (mode == Mode.APPEND) {
      return new RationaleStance(mode, lines, StanceModel.train(joined, ys, groups, o), null, null, used);
    }
    List<Boolean> rel = new ArrayList<>();
    List<double[]> ev = new ArrayList<>();
    List<ArticleStance> evy = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      boolean r = ys.get(i) != ArticleStance.UNRELATED;
      rel.add(r);
      if (r) {
        ev.add(evidence(base.get(i), aggs.get(i)));
        evy.add(ys.get(i));
      }
    }
    double[][] step1 = EvidenceRelevance.Logistic.fit(joined, rel, 10.0, 1500);
    StanceModel step2 = StanceModel.train(ev, evy, o.withTuning(false));
    return new RationaleStance(mode, lines, null, step1, step2, used);
  }

  /** The probability of each class, in {@link ArticleStance} order. */
  public double[] probabilities(double[] base, EvidenceRelevance.Page page) {
    double[] agg = pick(lines.aggregates(page), used);
    if (mode == Mode.APPEND) {
      return model.probabilities(join(base, agg));
    }
    double pr = EvidenceRelevance.Logistic.probability(related[0], related[1], related[2], join(base, agg));
    double[] q = which.probabilities(evidence(base, agg));
    double s = 0;
    for (int k = 0; k < K; k++) {
      s += k == ArticleStance.UNRELATED.ordinal() ? 0 : q[k];
    }
    double[] p = new double[K];
    for (int k = 0; k < K; k++) {
      p[k] = k == ArticleStance.UNRELATED.ordinal() ? 1 - pr : pr * q[k] / Math.max(s, 1e-12);
    }
    return p;
  }

  /** The decided class. */
  public ArticleStance predict(double[] base, EvidenceRelevance.Page page) {
    double[] p = probabilities(base, page);
    return mode == Mode.APPEND ? StanceModel.decide(p, model.offsets()) : StanceModel.decide(p, new double[K]);
  }

  /** The line model. */
  public EvidenceRelevance lines() {
    return lines;
  }

  private static double[] evidence(double[] base, double[] agg) {
    double[] out = new double[agg.length + CLAIM_CUES.size()];
    System.arraycopy(agg, 0, out, 0, agg.length);
    for (int c = 0; c < CLAIM_CUES.size(); c++) {
      int j = StanceFeatures.NAMES.indexOf(CLAIM_CUES.get(c));
      out[agg.length + c] = j < base.length ? base[j] : 0;
    }
    return out;
  }

  private static double[] pick(double[] a, int[] used) {
    double[] out = new double[used.length];
    for (int i = 0; i < used.length; i++) {
      out[i] = a[used[i]];
    }
    return out;
  }

  static double[] join(double[] a, double[] b) {
    double[] out = new double[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
