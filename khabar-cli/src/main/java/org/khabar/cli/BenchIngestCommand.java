package org.khabar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.khabar.ingest.CorpusReader;
import org.khabar.pipeline.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar bench ingest PATH...}: the whole of {@code analyze} (reading, the pipeline, the contract and report
 * writing) over a corpus, with its speed and peak heap. Run it with a modest heap to see that memory stays bounded,
 * e.g. {@code KHABAR_JAVA_OPTS=-Xmx512m ./khabar bench ingest ../shared/data/ant-2018/ant-2018.jsonl.gz}.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse PATH... as `analyze` does and print: articles, errors, seconds, articles/s, input MB/s,",
      "peak heap MB (sampled used heap), heap pools peak MB (sum of the pools' peaks) and max heap MB."
    })
final class BenchIngestCommand implements Callable<Integer> {
  private static final long SAMPLE_MILLIS = 20;

  @Spec CommandSpec spec;

  @Mixin RunOptions run;

  @Option(names = "--out", paramLabel = "DIR", description = "Keep the outputs here (default: a temporary "
      + "directory, deleted afterwards).")
  Path out;

  @Override
  public Integer call() throws Exception {
    run.validate(spec);
    PrintWriter stdout = spec.commandLine().getOut();
    Path dir = out != null ? out : Files.createTempDirectory("khabar-bench-");
    ArticlePipeline pipeline = ArticlePipeline.standard(); // models load before the clock starts
    long inputBytes = CorpusReader.excluding(dir).inputBytes(run.inputs);
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> sample(peak), "khabar-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    AnalysisRun.Summary s;
    try {
      s = new AnalysisRun(AnalysisRun.templateAware(pipeline), run.threads, spec.commandLine().getErr()).run(run.inputs, dir);
    } finally {
      sampler.interrupt();
      sampler.join();
      if (out == null) {
        deleteTree(dir);
      }
    }
    long poolsPeak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    double seconds = Math.max(s.millis(), 1) / 1000.0;
    stdout.printf(Locale.ROOT, "articles: %d%n", s.articles());
    stdout.printf(Locale.ROOT, "errors: %d%n", s.errors());
    stdout.printf(Locale.ROOT, "seconds: %.1f%n", seconds);
    stdout.printf(Locale.ROOT, "articles/s: %.0f%n", s.articles() / seconds);
    stdout.printf(Locale.ROOT, "input MB/s: %.1f%n", inputBytes / 1e6 / seconds);
    stdout.printf(Locale.ROOT, "peak heap MB: %d%n", Math.max(peak.get(), 0) >> 20);
    stdout.printf(Locale.ROOT, "heap pools peak MB: %d%n", poolsPeak >> 20);
    stdout.printf(Locale.ROOT, "max heap MB: %d%n", Runtime.getRuntime().maxMemory() >> 20);
    return s.articles() == 0 ? 1 : 0;
  }

  private static void sample(AtomicLong peak) {
    var memory = ManagementFactory.getMemoryMXBean();
    while (!Thread.currentThread().isInterrupted()) {
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return;
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
