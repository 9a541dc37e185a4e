package org.khabar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.entity.EntityAnalyzer;
import org.khabar.pipeline.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code khabar analyze PATH... --out DIR}. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles (.txt, .html/.htm, .jsonl[.gz], .warc[.gz], directories) into DIR:",
      "articles.jsonl, corpus.json, errors.jsonl and report.html (contract khabar/1)."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RunOptions run;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the outputs.")
  Path out;

  @Option(names = "--ner", paramLabel = "MODE", description = "The name recogniser: fast (default; the perceptron) or "
      + "accurate (stacked on a BiLSTM-CRF tagger: about half a point of F1 better on ANERcorp, some 15 times slower).")
  String ner = "fast";

  @Override
  public Integer call() throws Exception {
    run.validate(spec);
    if (!ner.equals("fast") && !ner.equals("accurate")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--ner must be fast or accurate, not "
          + ner);
    }
    if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is a file, not a "
          + "directory");
    }
    return analyze(spec, run.inputs, out, run.threads, ner.equals("accurate"));
  }

  /** Runs the analysis and prints the summary; shared with {@code demo}. */
  static int analyze(CommandSpec spec, List<Path> inputs, Path out, int threads) throws Exception {
    return analyze(spec, inputs, out, threads, false);
  }

  /** As {@link #analyze(CommandSpec, List, Path, int)}, with the accurate name recogniser when asked. */
  static int analyze(CommandSpec spec, List<Path> inputs, Path out, int threads, boolean accurate) throws Exception {
    var err = spec.commandLine().getErr();
    var stdout = spec.commandLine().getOut();
    ArticlePipeline pipeline = accurate ? ArticlePipeline.standard().withEntities(EntityAnalyzer.accurate())
        : ArticlePipeline.standard();
    AnalysisRun.Summary s = new AnalysisRun(AnalysisRun.templateAware(pipeline), threads, err).run(inputs, out);
    stdout.printf("articles: %d%nerrors: %d%nseconds: %.1f%n", s.articles(), s.errors(), s.millis() / 1000.0);
    stdout.printf("report: %s%n", s.out().resolve("report.html").toAbsolutePath().normalize());
    if (s.errors() > 0) {
      stdout.printf("errors listed in: %s%n", s.out().resolve("errors.jsonl"));
    }
    return s.articles() == 0 ? 1 : 0;
  }
}
