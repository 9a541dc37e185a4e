package org.khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khabar.entity.ContextProfiles;
import org.khabar.entity.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar train contexts}: counts, over the ant-2018 corpus, how often each word follows each kind of NER
 * trigger word (the NER's distributional context features); run before {@code khabar train ner}.
 */
@Command(
    name = "contexts",
    mixinStandardHelpOptions = true,
    description = "Count the trigger contexts of words in ant-2018 for the NER features.")
final class TrainContextsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CorpusOptions input;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write " + ContextProfiles.RESOURCE
      + " (default: " + TrainNerCommand.RESOURCE_DIR + ").")
  Path out = Path.of(TrainNerCommand.RESOURCE_DIR);

  @Override
  public Integer call() throws Exception {
    Path file = input.file();
    long started = System.nanoTime();
    ContextProfiles profiles;
    try (SharedData.ArticleTexts texts = new SharedData.ArticleTexts(file)) {
      profiles = ContextProfiles.train(texts, WordClusters.bundled(), input.source());
    }
    Path target = out.resolve(ContextProfiles.RESOURCE);
    Outputs.replace(target, profiles::write);
    PrintWriter o = spec.commandLine().getOut();
    o.println("words: " + profiles.size());
    o.println("seconds: " + Math.round((System.nanoTime() - started) / 1e9));
    o.println("written: " + target);
    return 0;
  }
}
