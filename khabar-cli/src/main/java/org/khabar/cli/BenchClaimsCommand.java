package org.khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.khabar.claim.ClaimAnalyzer;
import org.khabar.model.Claim;
import org.khabar.model.Quote;
import org.khabar.model.RawArticle;
import org.khabar.quote.QuoteAnalyzer;
import org.khabar.structure.ArticleStructure;
import org.khabar.structure.StructureAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khabar bench claims}: speed of the quote and claim stages on a JSON Lines corpus (ANT 2018 by default).
 *
 * <p>The corpus is read and structured first; the timed part is quotes + claims over every article on
 * {@code --threads} workers, after one untimed warm-up pass over the first articles.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = "Benchmark quotes + claims on a JSON Lines corpus (`text` field); prints articles/s.")
final class BenchClaimsCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", description = "Corpus (default: ${DEFAULT-VALUE}).")
  Path data = SharedData.ant2018();

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N articles (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--threads", paramLabel = "N", description = "Workers (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isReadable(data)) {
      spec.commandLine().getErr().println("khabar: cannot read " + data);
      return 1;
    }
    StructureAnalyzer structure = StructureAnalyzer.standard();
    List<ArticleStructure> articles = new ArrayList<>();
    AtomicLong textChars = new AtomicLong();
    JsonLines.read(data, limit, (n, lineNo) -> {
      String text = n.path("text").asText("");
      textChars.addAndGet(text.length());
      RawArticle raw = StanceData.raw(n.path("id").asText("line-" + lineNo), data.toString(),
          n.path("url").asText(null), text);
      articles.add(structure.analyze(raw));
    }, spec.commandLine().getErr());
    long chars = textChars.get();
    if (articles.isEmpty()) {
      spec.commandLine().getErr().println("khabar: no articles in " + data);
      return 1;
    }
    QuoteAnalyzer quotes = QuoteAnalyzer.standard();
    ClaimAnalyzer claims = ClaimAnalyzer.standard();
    AtomicLong quoteCount = new AtomicLong();
    AtomicLong claimCount = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    run(articles.subList(0, Math.min(2000, articles.size())), quotes, claims, new AtomicLong(), new AtomicLong(),
        new AtomicLong());
    long start = System.nanoTime();
    run(articles, quotes, claims, quoteCount, claimCount, cpuNanos);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = cpuNanos.get() / 1e9;
    out.printf(Locale.ROOT, "articles: %d%nthreads: %d%nseconds: %.2f%n", articles.size(), threads, seconds);
    out.printf(Locale.ROOT, "articles/s: %.0f%nMB/s: %.2f%n", articles.size() / seconds, chars * 2 / 1e6 / seconds);
    // on a shared machine wall time depends on the other load; CPU time of the workers does not
    out.printf(Locale.ROOT, "cpu seconds: %.2f%narticles per cpu-second: %.0f%n", cpu, articles.size() / cpu);
    out.printf(Locale.ROOT, "quotes: %d%nclaims: %d%n", quoteCount.get(), claimCount.get());
    return 0;
  }

  private void run(List<ArticleStructure> articles, QuoteAnalyzer quotes, ClaimAnalyzer claims, AtomicLong q,
      AtomicLong c, AtomicLong cpuNanos) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          var mx = java.lang.management.ManagementFactory.getThreadMXBean();
          long cpu0 = mx.getCurrentThreadCpuTime();
          for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
            ArticleStructure a = articles.get(i);
            List<Quote> said = quotes.analyze(a, List.of());
            List<Claim> claimed = claims.analyze(a, said);
            q.addAndGet(said.size());
            c.addAndGet(claimed.size());
          }
          cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
