package org.khabar.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khabar.entity.ActorEvaluation;
import org.khabar.entity.ActorKnowledgeBase;
import org.khabar.entity.ActorLinker;
import org.khabar.entity.QuantityReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code khabar eval actors [--data FILE]}: actor linking and quantity scores on a hand-annotated set. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = {
      "Score actor linking (precision, recall) and quantities (found, value, counts) on an annotated TSV set",
      "(format in ActorEvaluation); also prints the size of the actor knowledge base."
    })
final class EvalActorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE",
      description = "The evaluation set (default: khabar-core/src/test/resources/org/khabar/entity/actors-eval.tsv).")
  Path data = Path.of("khabar-core", "src", "test", "resources", "org", "khabar", "entity", "actors-eval.tsv");

  @Option(names = "--verbose", description = "Also list every miss and false find.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    if (!Files.isRegularFile(data)) {
      spec.commandLine().getErr().println("khabar: evaluation set not found: " + data.toAbsolutePath());
      return 1;
    }
    ActorEvaluation set;
    try (Reader in = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      set = ActorEvaluation.parse(in, data.toString());
    }
    ActorKnowledgeBase kb = ActorKnowledgeBase.standard();
    ActorEvaluation.Scores s = set.score(ActorLinker.standard(), QuantityReader.standard());
    out.println("kb actors: " + kb.actors().size());
    out.println("kb names: " + kb.nameCount());
    out.println("items: " + s.items());
    out.println("link precision: " + ActorEvaluation.format(s.linkPrecision()));
    out.println("link recall: " + ActorEvaluation.format(s.linkRecall()));
    out.println("link F1: " + ActorEvaluation.format(s.linkF1()));
    out.println("quantity precision: " + ActorEvaluation.format(s.quantityPrecision()));
    out.println("quantity recall: " + ActorEvaluation.format(s.quantityRecall()));
    out.println("quantity value accuracy: " + ActorEvaluation.format(s.valueAccuracy()));
    out.println("quantity counts accuracy: " + ActorEvaluation.format(s.countsAccuracy()));
    if (verbose) {
      s.failures().forEach(f -> out.println("# " + f));
    }
    return 0;
  }
}
