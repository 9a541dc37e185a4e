package org.khabar.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.claim.TermStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar train idf --data ant-2018.jsonl.gz}: rebuilds the document-frequency table of the claim check. */
@Command(
    name = "idf",
    mixinStandardHelpOptions = true,
    description = "Rebuild the IDF table used by the claim check from a JSON Lines corpus (its `text` field).")
final class TrainIdfCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "Corpus (.jsonl or .jsonl.gz).")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("khabar-core/src/main/resources/org/khabar/claim/idf-ant2018.tsv.gz");

  @Override
  public Integer call() throws Exception {
    List<String> texts = new ArrayList<>();
    JsonLines.read(data, Integer.MAX_VALUE, n -> {
      String t = n.path("text").asText("");
      if (!t.isBlank()) {
        texts.add(t);
      }
    }, spec.commandLine().getErr());
    TermStatistics stats = TermStatistics.build(texts);
    Outputs.replaceText(out, true, w -> stats.write(w, "document frequencies of light stems, built by khabar train idf "
        + "--data " + data.getFileName() + " (ANT corpus v2.1, Chouigui et al., Apache-2.0)"));
    spec.commandLine().getOut().printf("documents: %d%ntable: %s%n", stats.documents(), out);
    return 0;
  }
}
