package org.khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khabar.entity.ClusterTrainer;
import org.khabar.entity.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar train clusters}: learns the NER word clusters from the ant-2018 corpus. */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = "Learn word clusters (skip-gram + k-means) from ant-2018 for the NER features.")
final class TrainClustersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CorpusOptions input;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write " + WordClusters.RESOURCE
      + " (default: " + TrainNerCommand.RESOURCE_DIR + ").")
  Path out = Path.of(TrainNerCommand.RESOURCE_DIR);

  @Option(names = "--window", description = "Skip-gram context window (default: ${DEFAULT-VALUE}).")
  int window = ClusterTrainer.Options.standard().window();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path file = input.file();
    long started = System.nanoTime();
    WordClusters clusters;
    try (SharedData.ArticleTexts texts = new SharedData.ArticleTexts(file)) {
      ClusterTrainer.Options std = ClusterTrainer.Options.standard();
      ClusterTrainer.Options options = std.withSkipGram(std.dim(), window, std.epochs());
      clusters = new ClusterTrainer(options, Progress.log(err)).train(texts, input.source());
    }
    Path target = out.resolve(WordClusters.RESOURCE);
    Outputs.replace(target, clusters::write);
    PrintWriter o = spec.commandLine().getOut();
    o.println("words: " + clusters.size());
    o.println("seconds: " + Math.round((System.nanoTime() - started) / 1e9));
    o.println("written: " + target);
    return 0;
  }
}
