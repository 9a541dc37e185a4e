package org.khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.khabar.claim.ArticleStance;
import org.khabar.claim.StanceFeatures;
import org.khabar.claim.StanceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar eval stance --data FILE --folds K}: 4-way claim-stance quality on claims never seen in training.
 *
 * <p>The claims are dealt into K folds; each fold is judged by a model trained on the other folds' claims only, so no
 * claim (and none of its articles) is seen in training. With {@code --folds 1} the shipped model is judged instead
 * (only meaningful on data it was not trained on).
 */
@Command(
    name = "stance",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate claim stance (agree/disagree/discuss/unrelated) on FILE.jsonl[.gz] with K-fold cross-validation",
      "grouped by claim; prints accuracy, macro-F1 and per-class F1, one `name: value` a line."
    })
final class StanceEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "Labelled data (.jsonl[.gz]).")
  Path data;

  @Option(names = "--folds", paramLabel = "K", description = "Folds grouped by claim (default: ${DEFAULT-VALUE});"
      + " 1 judges the shipped model.")
  int folds = 5;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for dealing claims into folds (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--l2", hidden = true)
  double l2 = StanceModel.Options.defaults().l2();

  @Option(names = "--class-weight-power", hidden = true)
  double classWeightPower = StanceModel.Options.defaults().classWeightPower();

  @Option(names = "--iterations", hidden = true)
  int iterations = StanceModel.Options.defaults().iterations();

  @Option(names = "--dump-features", hidden = true, paramLabel = "FILE", description = "Write every pair's features as TSV.")
  Path dump;

  @Option(names = "--errors", description = "Also list the misjudged pairs (claim id, url, gold, predicted).")
  boolean errors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (folds < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 1");
    }
    List<StanceData.Pair> pairs = StanceData.read(data, StanceFeatures.standard(), err::println);
    if (pairs.isEmpty()) {
      err.println("khabar: no labelled pairs in " + data);
      return 1;
    }
    if (dump != null) {
      try (var w = java.nio.file.Files.newBufferedWriter(dump)) {
        w.write("claim\tgold\turl\t" + String.join("\t", StanceFeatures.NAMES) + "\n");
        for (StanceData.Pair p : pairs) {
          StringBuilder sb = new StringBuilder(p.claimId() + "\t" + p.gold().wireName() + "\t" + p.url());
          for (double v : p.features()) {
            sb.append('\t').append(v);
          }
          w.write(sb.append('\n').toString());
        }
      }
    }
    int claims = pairs.get(pairs.size() - 1).claimIndex() + 1;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < claims; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    int[] fold = new int[claims];
    for (int i = 0; i < claims; i++) {
      fold[order.get(i)] = i % folds;
    }
    int k = ArticleStance.values().length;
    int[][] confusion = new int[k][k];
    StanceModel.Options options = new StanceModel.Options(l2, iterations, classWeightPower);
    for (int f = 0; f < folds; f++) {
      StanceModel model;
      if (folds == 1) {
        model = StanceModel.standard();
      } else {
        List<double[]> xs = new ArrayList<>();
        List<ArticleStance> ys = new ArrayList<>();
        for (StanceData.Pair p : pairs) {
          if (fold[p.claimIndex()] != f) {
            xs.add(p.features());
            ys.add(p.gold());
          }
        }
        model = StanceModel.train(xs, ys, options);
      }
      for (StanceData.Pair p : pairs) {
        if (fold[p.claimIndex()] == f) {
          ArticleStance guess = model.predict(p.features());
          confusion[p.gold().ordinal()][guess.ordinal()]++;
          if (errors && guess != p.gold()) {
            err.printf("%s\t%s\tgold=%s\tpredicted=%s%n", p.claimId(), p.url(), p.gold().wireName(), guess.wireName());
          }
        }
      }
    }
    int correct = 0;
    int total = 0;
    double macro = 0;
    double[] f1 = new double[k];
    for (int c = 0; c < k; c++) {
      correct += confusion[c][c];
      int gold = 0;
      int predicted = 0;
      for (int d = 0; d < k; d++) {
        gold += confusion[c][d];
        predicted += confusion[d][c];
        total += confusion[c][d];
      }
      double p = predicted == 0 ? 0 : confusion[c][c] / (double) predicted;
      double r = gold == 0 ? 0 : confusion[c][c] / (double) gold;
      f1[c] = p + r == 0 ? 0 : 2 * p * r / (p + r);
      macro += f1[c] / k;
    }
    out.printf(Locale.ROOT, "pairs: %d%nclaims: %d%nfolds: %d%n", total, claims, folds);
    out.printf(Locale.ROOT, "accuracy: %.3f%nmacro-F1: %.3f%n", correct / (double) total, macro);
    for (ArticleStance s : ArticleStance.values()) {
      out.printf(Locale.ROOT, "%s F1: %.3f%n", s.wireName(), f1[s.ordinal()]);
    }
    StringBuilder m = new StringBuilder("confusion (rows gold, columns predicted; agree disagree discuss unrelated):");
    for (int c = 0; c < k; c++) {
      m.append(' ').append(java.util.Arrays.toString(confusion[c]));
    }
    err.println(m);
    return 0;
  }
}
