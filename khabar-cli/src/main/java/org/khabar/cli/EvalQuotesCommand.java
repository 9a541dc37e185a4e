package org.khabar.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.claim.AttributionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar eval quotes [--data FILE,...] [--split dev|test|real|real-dev|real-test|real-holdout|real-blind2|real-blind3|real-blind4|real-blind5|all]}: speakers,
 * contents and stances of claims.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Score quotes and claims on a hand-annotated set of sentences (format in AttributionEvaluation):",
      "speaker precision/recall (head-word and exact match), content overlap F1, stance accuracy."
    })
final class EvalQuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private static final Path SETS = Path.of("khabar-core", "src", "test", "resources", "org", "khabar", "claim");

  @Option(names = "--data", paramLabel = "FILE", split = ",",
      description = "The evaluation sets, merged (default: attribution-eval.tsv, attribution-real.tsv, "
          + "attribution-holdout.tsv, attribution-blind2.tsv, attribution-blind3.tsv, attribution-blind4.tsv and "
          + "attribution-blind5.tsv in "
          + "khabar-core/src/test/resources/org/khabar/claim).")
  List<Path> data = List.of(SETS.resolve("attribution-eval.tsv"), SETS.resolve("attribution-real.tsv"),
      SETS.resolve("attribution-holdout.tsv"), SETS.resolve("attribution-blind2.tsv"),
      SETS.resolve("attribution-blind3.tsv"), SETS.resolve("attribution-blind4.tsv"),
      SETS.resolve("attribution-blind5.tsv"));

  @Option(names = "--split", paramLabel = "SPLIT", description = "dev (tuning), test (held out), real (the first 22 "
      + "random corpus sentences), real-dev (random sentences for error analysis), real-test (held-out random "
      + "sentences, including real), real-holdout (random sentences drawn after real-test was first measured), real-blind2 (random "
      + "sentences drawn after real-test and real-holdout were both used for error analysis), real-blind3 (drawn after "
      + "all four were used), real-blind4 (drawn after all five were used, with continuation items), real-blind5 (drawn after all "
      + "six were used, with continuation items) or all; "
      + "default dev.")
  String split = "dev";

  @Option(names = "--verbose", description = "Also list every miss, wrong attribution and spurious claim.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    List<AttributionEvaluation> sets = new ArrayList<>();
    for (Path file : data) {
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("khabar: evaluation set not found: " + file.toAbsolutePath());
        return 1;
      }
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        sets.add(AttributionEvaluation.parse(in, file.toString()));
      }
    }
    if (!AttributionEvaluation.SPLITS.contains(split)) {
      spec.commandLine().getErr().println("khabar: --split must be one of " + AttributionEvaluation.SPLITS
          + ", not " + split);
      return 2;
    }
    AttributionEvaluation set = AttributionEvaluation.merge(sets);
    AttributionEvaluation.Scores s = set.score(split);
    out.println("split: " + split);
    out.println("items: " + s.items());
    out.println("expected claims: " + s.expectedClaims());
    out.println("found claims: " + s.foundClaims());
    out.println("speaker precision (head word): " + AttributionEvaluation.format(s.speakerPrecisionHead()));
    out.println("speaker recall (head word): " + AttributionEvaluation.format(s.speakerRecallHead()));
    out.println("speaker precision (exact): " + AttributionEvaluation.format(s.speakerPrecisionExact()));
    out.println("speaker recall (exact): " + AttributionEvaluation.format(s.speakerRecallExact()));
    out.println("content precision: " + AttributionEvaluation.format(s.contentPrecision()));
    out.println("content recall: " + AttributionEvaluation.format(s.contentRecall()));
    out.println("content F1: " + AttributionEvaluation.format(s.contentF1()));
    out.println("stance accuracy: " + AttributionEvaluation.format(s.stanceAccuracy()));
    out.println("quote precision: " + AttributionEvaluation.format(s.quotePrecision()));
    out.println("quote recall: " + AttributionEvaluation.format(s.quoteRecall()));
    if (verbose) {
      s.failures().forEach(f -> out.println("# " + f));
    }
    return 0;
  }
}
