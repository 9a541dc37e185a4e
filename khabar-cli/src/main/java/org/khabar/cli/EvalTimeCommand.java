package org.khabar.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.time.TemporalTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar eval time}: tagging precision/recall and value accuracy of the temporal tagger, overall and by kind. */
@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description = "Score the temporal tagger on a TSV table: anchor<TAB>sentence<TAB>expression<TAB>value.")
final class EvalTimeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.tsv", description = "The table to score.")
  Path data;

  @Option(names = "--failures", description = "Also print every failure with its line number.")
  boolean failures;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data)) {
      spec.commandLine().getErr().println("khabar: no such file: " + data);
      return 1;
    }
    List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
    TimeEval.Result r = TimeEval.evaluate(lines, TemporalTagger.standard());
    var out = spec.commandLine().getOut();
    r.print(out);
    if (failures) {
      for (String f : r.failures()) {
        out.println("# " + data.getFileName() + " " + f);
      }
    }
    out.flush();
    return 0;
  }
}
