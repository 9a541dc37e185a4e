package org.khabar.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToIntFunction;
import org.khabar.entity.EntityAnalysis;
import org.khabar.entity.EntityAnalyzer;
import org.khabar.entity.NameFinder;
import org.khabar.model.RawArticle;
import org.khabar.structure.ArticleStructure;
import org.khabar.structure.StructureAnalyzer;
import org.khabar.structure.TemplateIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar bench entities [--data FILE] [--limit N] [--threads N]}: speed of the whole entity stage as the
 * pipeline runs it ({@link EntityAnalyzer#standard()}: the trained recogniser, actor linking, quantities) on the
 * content lines of structured articles. The corpus is read and structured (with the corpus's template index, as
 * {@code khabar analyze} does) before the clock starts, so that only the entity stage is timed.
 *
 * <p>Prints the combined figure ({@code articles/s}, {@code articles per cpu-s}), then the recogniser alone on the
 * same content ({@code ner ...}), and the linking and quantities share derived from the two CPU times
 * ({@code linking+quantities per cpu-s}).
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "Articles/s of the entity stage (NER + actor linking + quantities) on structured articles.")
final class BenchEntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", description = "The corpus (default: ../shared/data/ant-2018/ant-2018.jsonl.gz).")
  Path data = SharedData.ant2018();

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N articles (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(names = "--ner", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also time the recogniser alone (default: ${DEFAULT-VALUE}).")
  boolean ner = true;

  /** One timed pass: wall seconds and the workers' CPU seconds. */
  private record Timing(double seconds, double cpuSeconds) {}

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    if (!Files.isRegularFile(data)) {
      spec.commandLine().getErr().println("khabar: corpus not found: " + data.toAbsolutePath());
      return 1;
    }
    List<RawArticle> raw = JsonLines.articles(data, limit, spec.commandLine().getErr());
    TemplateIndex.Builder templates = TemplateIndex.builder();
    raw.forEach(templates::add);
    StructureAnalyzer structure = StructureAnalyzer.withTemplates(templates.build());
    List<ArticleStructure> articles = new ArrayList<>(raw.size());
    long lines = 0;
    for (RawArticle r : raw) {
      ArticleStructure s = structure.analyze(r);
      articles.add(s);
      lines += s.content().size();
    }
    raw = null;
    EntityAnalyzer stage = EntityAnalyzer.standard();
    NameFinder finder = NameFinder.standard();
    LongAdder mentions = new LongAdder();
    LongAdder linked = new LongAdder();
    LongAdder found = new LongAdder();
    ToIntFunction<ArticleStructure> whole = a -> {
      EntityAnalysis r = stage.analyze(a);
      mentions.add(r.entities().size());
      linked.add(r.entities().stream().filter(m -> m.actor() != null).count());
      found.add(r.quantities().size());
      return r.entities().size();
    };
    ToIntFunction<ArticleStructure> names = a -> finder.find(a.content()).size();
    // Warm up the JIT on a slice, so that the figures are the steady state.
    for (int i = 0; i < Math.min(2000, articles.size()); i++) {
      stage.analyze(articles.get(i));
      if (ner) {
        names.applyAsInt(articles.get(i));
      }
    }
    Timing all = time(articles, whole);
    Timing alone = ner ? time(articles, names) : null;
    int n = articles.size();
    out.println("articles: " + n);
    out.println("content lines: " + lines);
    out.println("threads: " + threads);
    out.printf(Locale.ROOT, "seconds: %.2f%n", all.seconds);
    out.printf(Locale.ROOT, "articles/s: %.0f%n", n / all.seconds);
    out.printf(Locale.ROOT, "worker cpu s: %.2f%n", all.cpuSeconds);
    out.printf(Locale.ROOT, "articles per cpu-s: %.0f%n", n / all.cpuSeconds);
    if (alone != null) {
      out.printf(Locale.ROOT, "ner articles/s: %.0f%n", n / alone.seconds);
      out.printf(Locale.ROOT, "ner articles per cpu-s: %.0f%n", n / alone.cpuSeconds);
      double rest = all.cpuSeconds - alone.cpuSeconds;
      out.printf(Locale.ROOT, "linking+quantities articles per cpu-s: %s%n",
          rest > 0 ? String.format(Locale.ROOT, "%.0f", n / rest) : "n/a");
    }
    out.println("mentions: " + mentions.sum());
    out.println("linked mentions: " + linked.sum());
    out.println("quantities: " + found.sum());
    long peak = 0;
    for (java.lang.management.MemoryPoolMXBean memory : ManagementFactory.getMemoryPoolMXBeans()) {
      if (memory.getType() == java.lang.management.MemoryType.HEAP) {
        peak += memory.getPeakUsage().getUsed();
      }
    }
    out.printf(Locale.ROOT, "peak heap MB (corpus held in memory): %d%n", peak >> 20);
    return 0;
  }

  private Timing time(List<ArticleStructure> articles, ToIntFunction<ArticleStructure> work) throws Exception {
    AtomicInteger next = new AtomicInteger();
    LongAdder cpuNanos = new LongAdder();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int workers = Math.max(1, threads);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        jobs.add(pool.submit(() -> {
          long c0 = cpu.getCurrentThreadCpuTime();
          int i;
          while ((i = next.getAndIncrement()) < articles.size()) {
            work.applyAsInt(articles.get(i));
          }
          cpuNanos.add(cpu.getCurrentThreadCpuTime() - c0);
        }));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Timing((System.nanoTime() - t0) / 1e9, cpuNanos.sum() / 1e9);
  }
}
