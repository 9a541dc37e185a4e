package org.khabar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.Callable;
import org.khabar.entity.EntityAnalysis;
import org.khabar.entity.EntityAnalyzer;
import org.khabar.structure.ArticleStructure;
import org.khabar.model.TextLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code khabar bench entities [--data FILE]}: speed of the entity stage as {@link EntityAnalyzer#standard()} wires
 * it (actor tagging and linking plus quantities) on a JSON Lines corpus ({@code text} field), measured after the
 * corpus is read into memory, so that only the analysis is timed.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "Articles/s of dictionary actor tagging + linking + quantities over a JSON Lines corpus (text field).")
final class BenchEntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", description = "The corpus (default: ../shared/data/ant-2018/ant-2018.jsonl.gz).")
  Path data = SharedData.defaultDir().resolve("ant-2018").resolve("ant-2018.jsonl.gz");

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N articles (default: all).")
  int limit;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    if (!Files.isRegularFile(data)) {
      spec.commandLine().getErr().println("khabar: corpus not found: " + data.toAbsolutePath());
      return 1;
    }
    List<ArticleStructure> articles = new ArrayList<>();
    for (String text : SharedData.texts(data, limit)) {
      String[] lines = text.split("\r?\n", -1);
      List<TextLine> content = new ArrayList<>(lines.length);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          content.add(new TextLine(i + 1, lines[i]));
        }
      }
      articles.add(new ArticleStructure(null, null, null, null, List.of(), text, content, List.of()));
    }
    EntityAnalyzer stage = EntityAnalyzer.standard();
    // Warm up the JIT on a slice, so that the figure is the steady state.
    for (int i = 0; i < Math.min(2000, articles.size()); i++) {
      stage.analyze(articles.get(i));
    }
    LongAdder mentions = new LongAdder();
    LongAdder linked = new LongAdder();
    LongAdder found = new LongAdder();
    AtomicInteger next = new AtomicInteger();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<Future<?>> jobs = new ArrayList<>();
    for (int w = 0; w < Math.max(1, threads); w++) {
      jobs.add(pool.submit(() -> {
        int i;
        while ((i = next.getAndIncrement()) < articles.size()) {
          EntityAnalysis r = stage.analyze(articles.get(i));
          mentions.add(r.entities().size());
          linked.add(r.entities().stream().filter(m -> m.actor() != null).count());
          found.add(r.quantities().size());
        }
      }));
    }
    for (Future<?> f : jobs) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.println("articles: " + articles.size());
    out.println("threads: " + threads);
    out.printf(Locale.ROOT, "seconds: %.2f%n", seconds);
    out.printf(Locale.ROOT, "articles/s: %.0f%n", articles.size() / seconds);
    out.println("mentions: " + mentions.sum());
    out.println("linked mentions: " + linked.sum());
    out.println("quantities: " + found.sum());
    long peak = 0;
    for (java.lang.management.MemoryPoolMXBean memory : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (memory.getType() == java.lang.management.MemoryType.HEAP) {
        peak += memory.getPeakUsage().getUsed();
      }
    }
    out.printf(Locale.ROOT, "peak heap MB (corpus held in memory): %d%n", peak >> 20);
    return 0;
  }
}
