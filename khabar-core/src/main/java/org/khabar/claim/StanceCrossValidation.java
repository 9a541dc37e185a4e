package org.khabar.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * K-fold cross-validation of stance models grouped by claim: every pair of a claim lands in the same fold, so each
 * fold is judged by a model that never saw its claims (nor, through nested tuning inside {@link StanceModel#train},
 * any of their articles).
 *
 * <p>Stateless and thread-safe.
 */
public final class StanceCrossValidation {
  private StanceCrossValidation() {}

  /** Builds a model from training pairs and the claim of each pair. */
  @FunctionalInterface
  public interface Trainer {
    /**
     * Trains on the given pairs only.
     *
     * @param groups the claim of each pair
     */
    StanceModel train(List<double[]> xs, List<ArticleStance> ys, int[] groups);
  }

  /** A misjudged pair: its index in the input, its gold class and the prediction. */
  public record Miss(int index, ArticleStance gold, ArticleStance predicted) {}

  /**
   * Runs the cross-validation.
   *
   * @param groups the claim of each pair
   * @param folds at least 2
   * @param seed seed of the dealing of claims into folds
   * @param misses receives every misjudged pair (may ignore them)
   * @return the confusion matrix, rows gold, columns predicted, in {@link ArticleStance} order
   */
  public static int[][] run(List<double[]> xs, List<ArticleStance> ys, int[] groups, int folds, long seed,
      Trainer trainer, Consumer<Miss> misses) {
    int k = ArticleStance.values().length;
    int[][] confusion = new int[k][k];
    forEachHeldOut(xs, ys, groups, folds, seed, trainer, (model, i) -> {
      ArticleStance guess = model.predict(xs.get(i));
      confusion[ys.get(i).ordinal()][guess.ordinal()]++;
      if (guess != ys.get(i)) {
        misses.accept(new Miss(i, ys.get(i), guess));
      }
    });
    return confusion;
  }

  /**
   * The class probabilities of every pair from the model of the fold that judges it (trained without the pair's
   * claim), in input order: the raw material of {@link StanceDiagnostics}.
   *
   * @param groups the claim of each pair
   * @param folds at least 2
   * @param seed seed of the dealing of claims into folds (the same dealing as {@link #run})
   */
  public static List<double[]> outOfFold(List<double[]> xs, List<ArticleStance> ys, int[] groups, int folds,
      long seed, Trainer trainer) {
    List<double[]> out = new ArrayList<>(java.util.Collections.nCopies(xs.size(), (double[]) null));
    forEachHeldOut(xs, ys, groups, folds, seed, trainer, (model, i) -> out.set(i, model.probabilities(xs.get(i))));
    return out;
  }

  /**
   * Deals the claims into folds and, per fold, trains on the other folds and hands each held-out pair's index with
   * that model to {@code judge}: the one cross-validation loop of {@link #run} and {@link #outOfFold}.
   */
  private static void forEachHeldOut(List<double[]> xs, List<ArticleStance> ys, int[] groups, int folds, long seed,
      Trainer trainer, java.util.function.ObjIntConsumer<StanceModel> judgeByModel) {
    if (folds < 2 || xs.size() != ys.size() || groups.length != xs.size()) {
      throw new IllegalArgumentException("need at least 2 folds and a label and group per vector: " + folds
          + " folds, " + xs.size() + " vectors, " + ys.size() + " labels, " + groups.length + " groups");
    }
    int[] fold = StanceModel.groupFolds(groups, folds, seed);
    for (int f = 0; f < folds; f++) {
      List<double[]> tx = new ArrayList<>();
      List<ArticleStance> ty = new ArrayList<>();
      List<Integer> tg = new ArrayList<>();
      for (int i = 0; i < xs.size(); i++) {
        if (fold[i] != f) {
          tx.add(xs.get(i));
          ty.add(ys.get(i));
          tg.add(groups[i]);
        }
      }
      if (tx.isEmpty()) {
        continue;
      }
      StanceModel model = trainer.train(tx, ty, tg.stream().mapToInt(Integer::intValue).toArray());
      for (int i = 0; i < xs.size(); i++) {
        if (fold[i] == f) {
          judgeByModel.accept(model, i);
        }
      }
    }
  }
}
