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
import org.khabar.claim.EvidenceRelevance;
import org.khabar.claim.RationaleStance;
import org.khabar.claim.StanceFeatures;
import org.khabar.claim.StanceCrossValidation;
import org.khabar.claim.StanceDiagnostics;
import org.khabar.claim.StanceModel;
import org.khabar.claim.WordVectors;
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
final class EvalStanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "Labelled data (.jsonl[.gz]).")
  Path data;

  @Option(names = "--folds", paramLabel = "K", description = "Folds grouped by claim (default: ${DEFAULT-VALUE});"
      + " 1 judges the shipped model.")
  int folds = 5;

  @Option(names = "--seed", paramLabel = "N", split = ",", description = "Seeds for dealing claims into folds,"
      + " comma-separated; with several, the figures are means over seeds and their spread is printed"
      + " (default: ${DEFAULT-VALUE}).")
  List<Long> seeds = List.of(1L);

  @Option(names = "--learner", paramLabel = "L", description = "logistic, boosted or blend (default: ${DEFAULT-VALUE}).")
  String learnerName = StanceModel.Options.defaults().learner().name().toLowerCase(Locale.ROOT);
  private StanceModel.Learner learner;

  @Option(names = "--tune", arity = "1", paramLabel = "BOOL", description = "Choose decision offsets by an inner"
      + " cross-validation inside each training fold (default: ${DEFAULT-VALUE}).")
  boolean tune = StanceModel.Options.defaults().tuneOffsets();

  @Option(names = "--rounds", hidden = true)
  int rounds = StanceModel.Options.defaults().rounds();

  @Option(names = "--depth", hidden = true)
  int depth = StanceModel.Options.defaults().depth();

  @Option(names = "--shrinkage", hidden = true)
  double shrinkage = StanceModel.Options.defaults().shrinkage();

  @Option(names = "--l2", hidden = true)
  double l2 = StanceModel.Options.defaults().l2();

  @Option(names = "--class-weight-power", hidden = true)
  double classWeightPower = StanceModel.Options.defaults().classWeightPower();

  @Option(names = "--iterations", hidden = true)
  int iterations = StanceModel.Options.defaults().iterations();

  @Option(names = "--dump-features", hidden = true, paramLabel = "FILE", description = "Write every pair's features as TSV.")
  Path dump;

  @Option(names = "--features", hidden = true, paramLabel = "FILE", description = "Read features dumped by"
      + " --dump-features instead of computing them (for learner experiments; --data is then only named).")
  Path cached;

  @Option(names = "--vectors", hidden = true, paramLabel = "FILE", description = "Append the soft-matching features"
      + " computed with these word vectors (from `khabar train vectors`) to the standard ones (an experiment).")
  Path vectors;

  @Option(names = "--rationale", paramLabel = "MODE", description = "Use the data's rationale lines of the"
      + " training claims as supervision of a line relevance model whose page aggregates feed the stance model:"
      + " append (extra features of the four-way model) or two-step (related from all features, then the related"
      + " class from the evidence lines); an experiment.")
  String rationaleMode;

  @Option(names = "--dump-evidence", hidden = true, paramLabel = "FILE", description = "With --rationale, write"
      + " each pair's held-out evidence aggregates (first seed) as TSV.")
  Path dumpEvidence;

  @Option(names = "--evidence-features", hidden = true, split = ",", paramLabel = "NAME", description = "With"
      + " --rationale, the evidence aggregates used (default: all).")
  List<String> evidenceFeatures = EvidenceRelevance.AGGREGATE_NAMES;

  @Option(names = "--line-negatives", hidden = true, paramLabel = "WHICH", description = "With --rationale, the"
      + " line model's negatives: all (the other lines of evidence pages and the lines of unrelated pages) or"
      + " unrelated (only the lines of unrelated pages) (default: ${DEFAULT-VALUE}).")
  String lineNegatives = "all";

  /** Each pair's content lines and rationale, read only with --rationale. */
  private List<StanceData.Lines> lines;

  @Option(names = "--drop", hidden = true, split = ",", paramLabel = "NAME", description = "Features to zero"
      + " (ablation).")
  List<String> drop = List.of();

  /** A page restates the claim when one of its sentences covers this share of the claim's IDF-weighted terms. */
  static final double RESTATES = 0.8;

  @Option(names = "--diagnose", description = "Also print where macro-F1 is lost, from out-of-fold probabilities:"
      + " the AUC of related-vs-unrelated for each related class, macro-F1 with gold relatedness, and an optimistic"
      + " bound for decision offsets (means over seeds), and the same AUCs counting only pages of one claim; and how"
      + " the pages that restate the claim (one sentence covering 80% of its weighted terms) are labelled.")
  boolean diagnose;

  @Option(names = "--errors", description = "Also list the misjudged pairs (claim id, url, gold, predicted).")
  boolean errors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      learner = StanceModel.Learner.valueOf(learnerName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--learner must be logistic, boosted or"
          + " blend, not " + learnerName);
    }
    if (folds < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 1");
    }
    StanceFeatures features = StanceFeatures.standard();
    if (vectors != null) {
      try (var in = java.nio.file.Files.newInputStream(vectors)) {
        features = features.withVectors(WordVectors.read(in));
      }
    }
    List<String> names = cached != null ? dumpNames(cached) : features.names();
    RationaleStance.Mode mode = null;
    if (rationaleMode != null) {
      if (cached != null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rationale needs --data, not"
            + " --features");
      }
      try {
        mode = RationaleStance.Mode.valueOf(rationaleMode.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rationale must be append or"
            + " two-step, not " + rationaleMode);
      }
      lines = new ArrayList<>();
    }
    List<StanceData.Pair> pairs = cached != null ? readDump(cached)
        : StanceData.read(data, features, lines, err::println);
    if (pairs.isEmpty()) {
      err.println("khabar: no labelled pairs in " + data);
      return 1;
    }
    for (String name : drop) {
      int j = names.indexOf(name);
      if (j < 0) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no feature named " + name);
      }
      for (StanceData.Pair p : pairs) {
        p.features()[j] = 0;
      }
    }
    if (dump != null) {
      try (var w = java.nio.file.Files.newBufferedWriter(dump)) {
        w.write("claim\tgold\turl\t" + String.join("\t", names) + "\n");
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
    int k = ArticleStance.values().length;
    double[][] runs = new double[seeds.size()][];
    double[] diag = new double[9];
    double[] lineAuc = new double[2];
    for (int r = 0; r < seeds.size(); r++) {
      long seed = seeds.get(r);
      if (diagnose && folds > 1) {
        List<ArticleStance> gold = pairs.stream().map(StanceData.Pair::gold).toList();
        int[] groups = pairs.stream().mapToInt(StanceData.Pair::claimIndex).toArray();
        List<double[]> oof = StanceCrossValidation.outOfFold(pairs.stream().map(StanceData.Pair::features).toList(),
            gold, groups, folds, seed, trainer(seed));
        StanceDiagnostics.Figures d = StanceDiagnostics.of(oof, gold);
        double[] within = StanceDiagnostics.withinClaimAuc(oof, gold, groups);
        double[] v = {d.offsetCeiling(), d.oracleRelatedness(), d.relatedAuc()[0], d.relatedAuc()[1],
            d.relatedAuc()[2], d.macroF1(), within[0], within[1], within[2]};
        for (int i = 0; i < v.length; i++) {
          diag[i] += v[i] / seeds.size();
        }
      }
      int[][] confusion = mode == null ? crossValidate(pairs, seed, err) : crossValidateRationale(pairs, seed, mode,
          lineAuc);
      runs[r] = figures(confusion);
      if (seeds.size() > 1) {
        out.printf(Locale.ROOT, "seed %d macro-F1: %.3f%n", seed, runs[r][1]);
      }
      StringBuilder m = new StringBuilder("seed " + seed
          + " confusion (rows gold, columns predicted; agree disagree discuss unrelated):");
      for (int c = 0; c < k; c++) {
        m.append(' ').append(java.util.Arrays.toString(confusion[c]));
      }
      err.println(m);
    }
    double[] mean = new double[runs[0].length];
    for (double[] run : runs) {
      for (int i = 0; i < mean.length; i++) {
        mean[i] += run[i] / runs.length;
      }
    }
    out.printf(Locale.ROOT, "pairs: %d%nclaims: %d%nfolds: %d%nseeds: %d%n", pairs.size(), claims, folds,
        seeds.size());
    out.printf(Locale.ROOT, "accuracy: %.3f%nmacro-F1: %.3f%n", mean[0], mean[1]);
    for (ArticleStance s : ArticleStance.values()) {
      out.printf(Locale.ROOT, "%s F1: %.3f%n", s.wireName(), mean[2 + s.ordinal()]);
    }
    if (runs.length > 1) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double[] run : runs) {
        lo = Math.min(lo, run[1]);
        hi = Math.max(hi, run[1]);
      }
      out.printf(Locale.ROOT, "macro-F1 min: %.3f%nmacro-F1 max: %.3f%n", lo, hi);
    }
    if (mode != null) {
      int raw = 0;
      int kept = 0;
      for (StanceData.Lines l : lines) {
        raw += l.rawRationale();
        kept += l.keptRationale();
      }
      out.printf(Locale.ROOT, "rationale lines: %d%nrationale lines kept by structure: %d%n", raw, kept);
      out.printf(Locale.ROOT, "held-out line AUC (rationale vs other lines of pages with a rationale): %.3f%n",
          lineAuc[0] / seeds.size());
      out.printf(Locale.ROOT, "held-out line AUC of the claim coverage alone: %.3f%n", lineAuc[1] / seeds.size());
    }
    if (diagnose && folds > 1) {
      out.printf(Locale.ROOT, "argmax macro-F1 (no offsets): %.3f%n", diag[5]);
      out.printf(Locale.ROOT, "offset-ceiling macro-F1: %.3f%n", diag[0]);
      out.printf(Locale.ROOT, "gold-relatedness macro-F1: %.3f%n", diag[1]);
      out.printf(Locale.ROOT, "agree-vs-unrelated AUC: %.3f%ndisagree-vs-unrelated AUC: %.3f%n"
          + "discuss-vs-unrelated AUC: %.3f%n", diag[2], diag[3], diag[4]);
      out.printf(Locale.ROOT, "within-claim agree-vs-unrelated AUC: %.3f%nwithin-claim disagree-vs-unrelated AUC:"
          + " %.3f%nwithin-claim discuss-vs-unrelated AUC: %.3f%n", diag[6], diag[7], diag[8]);
      // a label audit: pages whose best sentence restates the claim, by gold class
      int j = names.indexOf("max_cov");
      if (j >= 0 && j < pairs.get(0).features().length) {
        int[] byGold = new int[k];
        for (StanceData.Pair p : pairs) {
          if (p.features()[j] >= RESTATES) {
            byGold[p.gold().ordinal()]++;
          }
        }
        int n = java.util.Arrays.stream(byGold).sum();
        out.printf(Locale.ROOT, "pairs restating the claim: %d%n", n);
        for (ArticleStance s : ArticleStance.values()) {
          out.printf(Locale.ROOT, "pairs restating the claim, gold %s: %d%n", s.wireName(), byGold[s.ordinal()]);
        }
      }
    }
    return 0;
  }

  /** Grouped K-fold cross-validation with one seed; returns the confusion matrix (rows gold). */
  private int[][] crossValidate(List<StanceData.Pair> pairs, long seed, PrintWriter err) {
    int k = ArticleStance.values().length;
    if (folds == 1) {
      int[][] confusion = new int[k][k];
      StanceModel model = StanceModel.standard();
      for (StanceData.Pair p : pairs) {
        confusion[p.gold().ordinal()][model.predict(p.features()).ordinal()]++;
      }
      return confusion;
    }
    // The trainer sees the training folds alone: the offsets' inner cross-validation never sees the judged fold.
    return StanceCrossValidation.run(pairs.stream().map(StanceData.Pair::features).toList(),
        pairs.stream().map(StanceData.Pair::gold).toList(),
        pairs.stream().mapToInt(StanceData.Pair::claimIndex).toArray(), folds, seed, trainer(seed),
        miss -> {
          if (errors) {
            StanceData.Pair p = pairs.get(miss.index());
            err.printf("%s\t%s\tgold=%s\tpredicted=%s%n", p.claimId(), p.url(), miss.gold().wireName(),
                miss.predicted().wireName());
          }
        });
  }

  /**
   * Grouped K-fold cross-validation of a {@link RationaleStance} model with one seed (the same dealing of claims as
   * {@link #crossValidate}): the line model of each fold learns from the training claims' rationales only.
   *
   * @param lineAuc receives this seed's held-out line AUC, added
   */
  private int[][] crossValidateRationale(List<StanceData.Pair> pairs, long seed, RationaleStance.Mode mode,
      double[] lineAuc) {
    int k = ArticleStance.values().length;
    int[][] confusion = new int[k][k];
    int[] groups = pairs.stream().mapToInt(StanceData.Pair::claimIndex).toArray();
    int[] fold = StanceModel.groupFolds(groups, folds, seed);
    StanceModel.Options options = new StanceModel.Options(l2, iterations, classWeightPower, learner, rounds, depth,
        shrinkage, tune, seed);
    List<double[]> pos = new ArrayList<>();
    List<double[]> neg = new ArrayList<>();
    double[][] held = new double[pairs.size()][];
    for (int f = 0; f < folds; f++) {
      List<double[]> xs = new ArrayList<>();
      List<EvidenceRelevance.Page> pages = new ArrayList<>();
      List<java.util.Set<Integer>> rationale = new ArrayList<>();
      List<ArticleStance> ys = new ArrayList<>();
      List<Integer> gs = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        if (fold[i] != f) {
          xs.add(pairs.get(i).features());
          pages.add(lines.get(i).page());
          rationale.add(lines.get(i).rationale());
          ys.add(pairs.get(i).gold());
          gs.add(groups[i]);
        }
      }
      if (xs.isEmpty()) {
        continue;
      }
      RationaleStance model = RationaleStance.train(xs, pages, rationale, ys,
          gs.stream().mapToInt(Integer::intValue).toArray(), options, mode, evidenceFeatures, !lineNegatives.equals("unrelated"));
      for (int i = 0; i < pairs.size(); i++) {
        if (fold[i] != f) {
          continue;
        }
        StanceData.Lines l = lines.get(i);
        ArticleStance guess = model.predict(pairs.get(i).features(), l.page());
        held[i] = model.lines().aggregates(l.page());
        confusion[pairs.get(i).gold().ordinal()][guess.ordinal()]++;
        if (l.rationale() != null && !l.rationale().isEmpty()) {
          double[] r = model.lines().relevance(l.page());
          for (int j = 0; j < r.length; j++) {
            (l.rationale().contains(l.page().numbers()[j]) ? pos : neg).add(new double[] {r[j],
                l.page().features()[j][0]});
          }
        }
      }
    }
    if (dumpEvidence != null && seed == seeds.get(0)) {
      try (var w = java.nio.file.Files.newBufferedWriter(dumpEvidence)) {
        w.write("claim\tgold\t" + String.join("\t", StanceFeatures.NAMES) + "\t"
            + String.join("\t", EvidenceRelevance.AGGREGATE_NAMES) + "\n");
        for (int i = 0; i < pairs.size(); i++) {
          StringBuilder sb = new StringBuilder(pairs.get(i).claimIndex() + "\t" + pairs.get(i).gold().wireName());
          for (double v : pairs.get(i).features()) {
            sb.append('\t').append(v);
          }
          for (double v : held[i]) {
            sb.append('\t').append(v);
          }
          w.write(sb.append('\n').toString());
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    for (int c = 0; c < 2; c++) {
      long win = 0;
      long ties = 0;
      for (double[] p : pos) {
        for (double[] q : neg) {
          win += p[c] > q[c] ? 1 : 0;
          ties += p[c] == q[c] ? 1 : 0;
        }
      }
      lineAuc[c] += pos.isEmpty() || neg.isEmpty() ? 0 : (win + ties / 2.0) / ((double) pos.size() * neg.size());
    }
    return confusion;
  }

  /** Trains on the given folds with the command's settings. */
  private StanceCrossValidation.Trainer trainer(long seed) {
    StanceModel.Options options = new StanceModel.Options(l2, iterations, classWeightPower, learner, rounds, depth,
        shrinkage, tune, seed);
    return (xs, ys, groups) -> StanceModel.train(xs, ys, groups, options);
  }

  /** Accuracy, macro-F1, then the F1 of each class in {@link ArticleStance} order. */
  private static double[] figures(int[][] confusion) {
    int k = confusion.length;
    double[] out = new double[2 + k];
    int correct = 0;
    int total = 0;
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
      out[2 + c] = p + r == 0 ? 0 : 2 * p * r / (p + r);
      out[1] += out[2 + c] / k;
    }
    out[0] = total == 0 ? 0 : correct / (double) total;
    return out;
  }

  /** The feature names in the header of a dump. */
  private static List<String> dumpNames(Path file) throws java.io.IOException {
    try (var r = java.nio.file.Files.newBufferedReader(file)) {
      String h = r.readLine();
      String[] c = h == null ? new String[0] : h.split("\t");
      return c.length <= 3 ? List.of() : List.of(c).subList(3, c.length);
    }
  }

  private static List<StanceData.Pair> readDump(Path file) throws java.io.IOException {
    List<StanceData.Pair> out = new ArrayList<>();
    List<String> lines = java.nio.file.Files.readAllLines(file);
    String last = null;
    int claim = -1;
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split("\t");
      if (!c[0].equals(last)) {
        claim++;
        last = c[0];
      }
      double[] x = new double[c.length - 3];
      for (int j = 0; j < x.length; j++) {
        x[j] = Double.parseDouble(c[j + 3]);
      }
      out.add(new StanceData.Pair(claim, c[0], c[2], ArticleStance.parse(c[1]), x));
    }
    return out;
  }
}
