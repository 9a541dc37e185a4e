package org.khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khabar.claim.WordVectors;
import org.khabar.entity.ClusterTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar train vectors}: learns word vectors of light stems from ant-2018 for the soft-matching experiment of
 * the claim check ({@code khabar eval stance --vectors FILE}); not a shipped resource.
 */
@Command(
    name = "vectors",
    mixinStandardHelpOptions = true,
    description = "Learn skip-gram word vectors of light stems from ant-2018 (for eval stance --vectors).")
final class TrainVectorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CorpusOptions input;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the vectors (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("target", "stance-vectors.bin.gz");

  @Option(names = "--dim", description = "Vector size (default: ${DEFAULT-VALUE}).")
  int dim = STANDARD_DIM;

  @Option(names = "--words", description = "How many of the most frequent stems to keep (default: ${DEFAULT-VALUE}).")
  int words = STANDARD_WORDS;

  @Option(names = "--epochs", description = "Passes over the corpus (default: ${DEFAULT-VALUE}).")
  int epochs = STANDARD_EPOCHS;

  @Option(names = "--window", description = "Skip-gram context window (default: ${DEFAULT-VALUE}).")
  int window = STANDARD_WINDOW;

  static final int STANDARD_DIM = 100;
  static final int STANDARD_WORDS = 200_000;
  static final int STANDARD_EPOCHS = 2;
  static final int STANDARD_WINDOW = 5;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path file = input.file();
    long started = System.nanoTime();
    WordVectors vectors;
    try (SharedData.ArticleTexts texts = new SharedData.ArticleTexts(file)) {
      ClusterTrainer.Options options = ClusterTrainer.Options.standard().withSkipGram(dim, window, epochs);
      vectors = WordVectors.train(texts, options, words, input.source(), Progress.log(err));
    }
    Outputs.replace(out, vectors::write);
    PrintWriter o = spec.commandLine().getOut();
    o.println("words: " + vectors.size());
    o.println("dim: " + vectors.dim());
    o.println("seconds: " + Math.round((System.nanoTime() - started) / 1e9));
    o.println("written: " + out);
    return 0;
  }
}
