package org.khabar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Callable;
import org.khabar.model.RawArticle;
import org.khabar.structure.ArticleStructure;
import org.khabar.structure.StructureAnalyzer;
import org.khabar.time.TimeAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar bench time}: throughput of the time stage (tagging, publication dating, resolution) on a corpus
 * read into memory first, with its structure already analysed, so only the time stage is measured.
 */
@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description = "Measure the time stage's throughput (articles/s) on a corpus held in memory.")
final class BenchTimeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE.jsonl[.gz]",
      description = "The corpus (default: ../shared/data/ant-2018/ant-2018.jsonl.gz).")
  Path data = SharedData.ant2018();

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N articles (default: all).")
  int limit;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: 2).")
  int threads = 2;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(data)) {
      spec.commandLine().getErr().println("khabar: no such file: " + data);
      return 1;
    }
    List<RawArticle> articles = new ArrayList<>();
    List<ArticleStructure> structures = new ArrayList<>();
    StructureAnalyzer structure = StructureAnalyzer.standard();
    TimeCorpus.read(data, limit, item -> {
      articles.add(item.article());
      structures.add(structure.analyze(item.article()));
    });
    TimeAnalyzer time = TimeAnalyzer.standard();
    int warm = Math.min(articles.size(), 2000);
    for (int i = 0; i < warm; i++) {
      time.analyze(articles.get(i), structures.get(i));
    }
    AtomicInteger next = new AtomicInteger();
    AtomicLong mentions = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    long t0 = System.nanoTime();
    List<Future<?>> jobs = new ArrayList<>();
    for (int w = 0; w < Math.max(1, threads); w++) {
      jobs.add(pool.submit(() -> {
        int i;
        long found = 0;
        while ((i = next.getAndIncrement()) < articles.size()) {
          found += time.analyze(articles.get(i), structures.get(i)).dates().size();
        }
        mentions.addAndGet(found);
      }));
    }
    for (Future<?> f : jobs) {
      f.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    var out = spec.commandLine().getOut();
    out.println("articles: " + articles.size());
    out.println("threads: " + Math.max(1, threads));
    out.println("seconds: " + TimeEval.f(seconds));
    out.println("articles/s: " + Math.round(articles.size() / seconds));
    out.println("expressions: " + mentions.get());
    long peak = 0;
    for (var heapPool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (heapPool.getType() == java.lang.management.MemoryType.HEAP && heapPool.getPeakUsage() != null) {
        peak += heapPool.getPeakUsage().getUsed();
      }
    }
    out.println("peak heap MB: " + peak / (1024 * 1024));
    out.flush();
    return 0;
  }
}
