package org.khabar.bench;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link TextBenchmark} with JMH and prints {@code khabar MB/s: X} and {@code lucene MB/s: Y} (per thread).
 */
public final class TextBenchmarkMain {
  private TextBenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    List<String> texts = TextBenchmark.sample(TextBenchmark.dataFile(), TextBenchmark.textCount());
    long bytes = 0;
    for (String t : texts) {
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    Options options = new OptionsBuilder()
        .include(TextBenchmark.class.getName())
        .threads(1)
        .jvmArgsAppend("-Dkhabar.bench.data=" + TextBenchmark.dataFile().toAbsolutePath(),
            "-Dkhabar.bench.texts=" + TextBenchmark.textCount())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.printf("texts: %d%nMB per pass: %.2f%n", texts.size(), bytes / 1e6);
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      double passes = r.getPrimaryResult().getScore();
      System.out.printf("%s MB/s: %.1f%n", name, passes * bytes / 1e6);
    }
  }
}
