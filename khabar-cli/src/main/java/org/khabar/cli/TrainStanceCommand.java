package org.khabar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.claim.StanceFeatures;
import org.khabar.claim.StanceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar train stance --data FILE}: trains the claim-stance model on every pair of the file. */
@Command(
    name = "stance",
    mixinStandardHelpOptions = true,
    description = {
      "Train the claim-stance model (agree/disagree/discuss/unrelated) on FILE.jsonl[.gz] in the format of the",
      "Arabic fact-checking corpus of Baly et al. 2018, and write its weights (the shipped resource by default)."
    })
final class TrainStanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "Training data (.jsonl or .jsonl.gz).")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the weights (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("khabar-core/src/main/resources/org/khabar/claim/stance-model.tsv");

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    List<StanceData.Pair> pairs = StanceData.read(data, StanceFeatures.standard(), err::println);
    if (pairs.isEmpty()) {
      err.println("khabar: no training pairs in " + data);
      return 1;
    }
    StanceModel.Options options = StanceModel.Options.defaults();
    StanceModel model = StanceModel.train(pairs.stream().map(StanceData.Pair::features).toList(),
        pairs.stream().map(StanceData.Pair::gold).toList(),
        pairs.stream().mapToInt(StanceData.Pair::claimIndex).toArray(), options);
    Outputs.replaceText(out, false, w -> model.write(w, "khabar train stance --data " + data.getFileName() + " ("
        + pairs.size() + " pairs); " + options));
    spec.commandLine().getOut().printf("pairs: %d%nmodel: %s%n", pairs.size(), out);
    return 0;
  }
}
