package org.khabar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.khabar.model.RawArticle;
import org.khabar.structure.StructureAnalyzer;
import org.khabar.structure.TemplateIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code khabar bench structure}: structure analyses per second on the ANT corpus (JSON Lines: {@code text, title,
 * url, source}). Articles are read into memory first, so only the analysis is timed; the template index is built
 * in a first pass, as {@code analyze} does.
 */
@Command(
    name = "structure",
    mixinStandardHelpOptions = true,
    description = "Benchmark the structure stage (issue #5) on ant-2018; prints articles/s.")
final class BenchStructureCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", description = "A .jsonl[.gz] corpus (default: ${DEFAULT-VALUE}).")
  Path data = SharedData.ant2018();

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N articles (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--rules-only", description = "Leave out the learnt boilerplate model (for before/after runs).")
  boolean rulesOnly;

  @Option(names = "--non-content", paramLabel = "FILE",
      description = "Also write every line not kept as content (article id, line, role, text) to FILE, sorted: on a "
          + "clean corpus (ant-2018 bodies) these are the lines a change must not add; diff two runs.")
  Path nonContent;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(data)) {
      spec.commandLine().getErr().println("khabar: no such file: " + data + " (pass --data FILE)");
      return 1;
    }
    List<RawArticle> articles = JsonLines.articles(data, limit, spec.commandLine().getErr());
    long t0 = System.nanoTime();
    TemplateIndex.Builder b = TemplateIndex.builder();
    articles.forEach(b::add);
    StructureAnalyzer analyzer = StructureAnalyzer.withModel(b.build(),
        rulesOnly ? null : org.khabar.structure.BoilerplateModel.standard());
    long indexNanos = System.nanoTime() - t0;
    // Warm-up so the timed pass measures compiled code.
    for (int i = 0; i < Math.min(2_000, articles.size()); i++) {
      analyzer.analyze(articles.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    AtomicLong contentLines = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        jobs.add(pool.submit(() -> {
          long c0 = cpu.getCurrentThreadCpuTime();
          for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
            contentLines.addAndGet(analyzer.analyze(articles.get(i)).content().size());
          }
          cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - c0);
        }));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf("articles: %d%n", articles.size());
    out.printf("threads: %d%n", threads);
    out.printf("content lines: %d%n", contentLines.get());
    if (nonContent != null) {
      writeNonContent(analyzer, articles, nonContent);
    }
    out.printf("template index seconds: %.2f%n", indexNanos / 1e9);
    out.printf("seconds: %.2f%n", seconds);
    out.printf("articles/s: %.0f%n", articles.size() / seconds);
    // On a shared machine wall time depends on the others' load; CPU time does not.
    out.printf("articles per CPU-second: %.0f%n", articles.size() / (cpuNanos.get() / 1e9));
    out.printf("peak heap MB: %d%n", peakHeapMb());
    out.flush();
    return 0;
  }

  /** Writes the lines the analyser does not keep as content, one a line, in corpus order (outside the timing). */
  private static void writeNonContent(StructureAnalyzer analyzer, List<RawArticle> articles, Path file)
      throws IOException {
    try (java.io.BufferedWriter w = Files.newBufferedWriter(file)) {
      for (RawArticle a : articles) {
        for (org.khabar.model.LineAnnotation la : analyzer.analyze(a).lines()) {
          if (la.role() != org.khabar.model.LineRole.CONTENT && la.role() != org.khabar.model.LineRole.BLANK) {
            String text = a.lines().get(la.line() - 1);
            w.write(a.id() + "\t" + la.line() + "\t" + la.role() + "\t"
                + (text.length() > 200 ? text.substring(0, 200) : text) + "\n");
          }
        }
      }
    }
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
