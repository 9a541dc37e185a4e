package org.khabar.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khabar.claim.AttributionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar eval quotes [--data FILE] [--split dev|test|all]}: speakers, contents and stances of claims. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Score quotes and claims on a hand-annotated set of sentences (format in AttributionEvaluation):",
      "speaker precision/recall (head-word and exact match), content overlap F1, stance accuracy."
    })
final class EvalQuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE",
      description = "The evaluation set (default: khabar-core/src/test/resources/org/khabar/claim/attribution-eval.tsv).")
  Path data = Path.of("khabar-core", "src", "test", "resources", "org", "khabar", "claim", "attribution-eval.tsv");

  @Option(names = "--split", paramLabel = "SPLIT", description = "dev (tuning), test (held out), real (random corpus sentences) or all; default dev.")
  String split = "dev";

  @Option(names = "--verbose", description = "Also list every miss, wrong attribution and spurious claim.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    if (!Files.isRegularFile(data)) {
      spec.commandLine().getErr().println("khabar: evaluation set not found: " + data.toAbsolutePath());
      return 1;
    }
    if (!split.equals("dev") && !split.equals("test") && !split.equals("real") && !split.equals("all")) {
      spec.commandLine().getErr().println("khabar: --split must be dev, test, real or all, not " + split);
      return 2;
    }
    AttributionEvaluation set;
    try (Reader in = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      set = AttributionEvaluation.parse(in, data.toString());
    }
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
