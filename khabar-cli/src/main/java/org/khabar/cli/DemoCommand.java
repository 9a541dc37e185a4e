package org.khabar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code khabar demo}: analyses the bundled demo corpus. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Analyse the bundled demo corpus (demo/corpus) into out/ and say where the report is.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "The demo corpus (default: demo/corpus).")
  Path corpus = Path.of("demo", "corpus");

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: out).")
  Path out = Path.of("out");

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(corpus)) {
      spec.commandLine().getErr().println("khabar: demo corpus not found at " + corpus.toAbsolutePath()
          + " (run from the repository root, or pass --corpus DIR)");
      return 1;
    }
    return AnalyzeCommand.analyze(spec, List.of(corpus), out, Runtime.getRuntime().availableProcessors());
  }
}
