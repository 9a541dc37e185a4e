package org.khabar.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Callable;
import org.khabar.entity.NameFinder;
import org.khabar.model.TextLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar bench ner}: the recogniser's throughput on a JSONL corpus (ant-2018 by default). */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = "Run the named-entity recogniser over every line of a JSONL corpus; prints articles/s and words/s.")
final class BenchNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE",
      description = "A JSONL corpus (default: ../shared/data/ant-2018/ant-2018.jsonl.gz).")
  Path file;

  @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(names = "--limit", description = "Read at most this many articles (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--accurate", description = "Time the accurate mode (stacked on the BiLSTM-CRF tagger).")
  boolean accurate;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    Path corpus = file != null ? file : SharedData.ant2018();
    List<String> texts = new ArrayList<>();
    try (SharedData.ArticleTexts in = new SharedData.ArticleTexts(corpus)) {
      while (in.hasNext() && texts.size() < limit) {
        texts.add(in.next());
      }
    }
    long loadStart = System.nanoTime();
    NameFinder finder = accurate ? NameFinder.accurate() : NameFinder.standard();
    finder.find(new TextLine(1, "warm"));
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    AtomicInteger next = new AtomicInteger();
    AtomicLong words = new AtomicLong();
    AtomicLong names = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> jobs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      jobs.add(pool.submit(() -> {
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long w = 0;
        long found = 0;
        for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
          String[] lines = texts.get(i).split("\n", -1);
          for (int l = 0; l < lines.length; l++) {
            w += countWords(lines[l]);
            found += finder.find(new TextLine(l + 1, lines[l])).size();
          }
        }
        words.addAndGet(w);
        names.addAndGet(found);
        cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
      }));
    }
    for (Future<?> job : jobs) {
      job.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    o.println("articles: " + texts.size());
    o.println("words: " + words.get());
    o.println("names: " + names.get());
    o.println("threads: " + threads);
    o.println(String.format(java.util.Locale.ROOT, "model load s: %.2f", loadSeconds));
    o.println(String.format(java.util.Locale.ROOT, "seconds: %.2f", seconds));
    o.println("articles/s: " + Math.round(texts.size() / seconds));
    o.println("words/s: " + Math.round(words.get() / seconds));
    // CPU time of the workers: the figure that does not depend on what else the machine runs.
    double cpu = cpuNanos.get() / 1e9;
    o.println(String.format(java.util.Locale.ROOT, "worker cpu s: %.2f", cpu));
    o.println("articles per cpu-s: " + Math.round(texts.size() / cpu));
    o.println("words per cpu-s: " + Math.round(words.get() / cpu));
    o.println("peak heap MB: " + peakHeapMb());
    return 0;
  }

  private static int countWords(String line) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = Character.isWhitespace(line.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1 << 20);
  }
}
