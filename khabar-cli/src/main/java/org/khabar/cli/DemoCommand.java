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

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "The demo corpus (default: demo/corpus here, else the one next to this build of khabar).")
  Path corpus;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: out).")
  Path out = Path.of("out");

  @Override
  public Integer call() throws Exception {
    if (corpus == null) {
      corpus = bundledCorpus();
    }
    if (!Files.isDirectory(corpus)) {
      spec.commandLine().getErr().println("khabar: demo corpus not found at " + corpus.toAbsolutePath()
          + " (run from the repository root, or pass --corpus DIR)");
      return 1;
    }
    return AnalyzeCommand.analyze(spec, List.of(corpus), out, Runtime.getRuntime().availableProcessors());
  }

  /** {@code demo/corpus} in the working directory, else in the repository this jar was built in. */
  static Path bundledCorpus() {
    Path here = Path.of("demo", "corpus");
    if (Files.isDirectory(here)) {
      return here;
    }
    try {
      // khabar-cli/target/khabar-cli-*.jar (or target/classes) -> the repository root
      Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = code.getParent(); p != null; p = p.getParent()) {
        Path candidate = p.resolve("demo").resolve("corpus");
        if (Files.isDirectory(candidate)) {
          return candidate;
        }
      }
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // fall through to the relative path, which the caller reports as missing
    }
    return here;
  }
}
