package org.khabar.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.khabar.contract.ContractJson;
import org.khabar.corpus.CorpusAnalyzer;
import org.khabar.ingest.CorpusReader;
import org.khabar.ingest.IngestError;
import org.khabar.ingest.IngestSink;
import org.khabar.model.Article;
import org.khabar.model.CorpusReport;
import org.khabar.model.RawArticle;
import org.khabar.pipeline.ArticlePipeline;
import org.khabar.report.HtmlReport;
import org.khabar.structure.StructureAnalyzer;
import org.khabar.structure.TemplateIndex;

/**
 * One run of the pipeline over a corpus: reads, analyses in parallel, writes in input order.
 *
 * <p>Memory stays bounded: at most {@code 4 * threads} articles are in flight, written as soon as they and every
 * article before them are done; the corpus stage keeps only compact features; the report keeps the first
 * {@link #REPORT_ARTICLES} articles. Every output goes to a temporary name and is moved into place at the end, so
 * a crash never leaves a half-written file that looks complete.
 */
final class AnalysisRun {
  /** How many articles the HTML report shows in full. */
  static final int REPORT_ARTICLES = 300;

  /** What a run did. */
  record Summary(int articles, int errors, long millis, Path out) {}

  private final ArticlePipeline pipeline;
  private final int threads;
  private final PrintWriter err;

  AnalysisRun(ArticlePipeline pipeline, int threads, PrintWriter err) {
    this.pipeline = pipeline;
    this.threads = threads;
    this.err = err;
  }

  Summary run(List<Path> inputs, Path outDir) throws IOException {
    long start = System.nanoTime();
    Files.createDirectories(outDir);
    ArticlePipeline pipeline = this.pipeline.withStructure(StructureAnalyzer.withTemplates(templates(inputs)));
    Path articlesTmp = outDir.resolve("articles.jsonl.part");
    Path errorsTmp = outDir.resolve("errors.jsonl.part");
    CorpusAnalyzer corpus = CorpusAnalyzer.standard();
    List<Article> shown = new ArrayList<>();
    Progress progress = Progress.forTerminal(err);
    int[] counts = new int[2];
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "khabar-worker");
      t.setDaemon(true);
      return t;
    });
    try (BufferedWriter articles = Files.newBufferedWriter(articlesTmp, StandardCharsets.UTF_8);
        BufferedWriter errors = Files.newBufferedWriter(errorsTmp, StandardCharsets.UTF_8)) {
      Deque<Pending> inFlight = new ArrayDeque<>();
      IngestSink sink = new IngestSink() {
        @Override
        public void article(RawArticle raw) {
          if (inFlight.size() >= 4 * threads) {
            complete(inFlight.removeFirst(), articles, errors, corpus, shown, counts, progress);
          }
          inFlight.addLast(new Pending(raw, pool.submit(() -> pipeline.analyze(raw))));
        }

        @Override
        public void error(IngestError error) {
          writeError(errors, error);
          counts[1]++;
        }
      };
      new CorpusReader().read(inputs, sink);
      while (!inFlight.isEmpty()) {
        complete(inFlight.removeFirst(), articles, errors, corpus, shown, counts, progress);
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
    CorpusReport report = corpus.report();
    Path corpusTmp = outDir.resolve("corpus.json.part");
    Files.writeString(corpusTmp, ContractJson.corpusDocument(report), StandardCharsets.UTF_8);
    Path reportTmp = outDir.resolve("report.html.part");
    try (Writer w = Files.newBufferedWriter(reportTmp, StandardCharsets.UTF_8)) {
      HtmlReport.write(w, shown, counts[0], report, counts[1]);
    }
    move(articlesTmp, outDir.resolve("articles.jsonl"));
    move(errorsTmp, outDir.resolve("errors.jsonl"));
    move(corpusTmp, outDir.resolve("corpus.json"));
    move(reportTmp, outDir.resolve("report.html"));
    return new Summary(counts[0], counts[1], (System.nanoTime() - start) / 1_000_000, outDir);
  }

  /**
   * First pass (issue #5): counts, per outlet, the lines that recur across articles, so that template text (menus,
   * footers, teaser boxes) is recognised. Keeps 64-bit hashes only, in a fixed-size table: bounded memory. Read
   * errors are ignored here; the second pass reports them.
   */
  private static TemplateIndex templates(List<Path> inputs) {
    TemplateIndex.Builder templates = TemplateIndex.builder();
    new CorpusReader().read(inputs, new IngestSink() {
      @Override
      public void article(RawArticle raw) {
        templates.add(raw);
      }

      @Override
      public void error(IngestError error) {}
    });
    return templates.build();
  }

  private record Pending(RawArticle raw, Future<Article> result) {}

  private void complete(Pending p, Writer articles, Writer errors, CorpusAnalyzer corpus, List<Article> shown,
      int[] counts, Progress progress) {
    Article a;
    try {
      a = p.result().get();
    } catch (ExecutionException e) {
      // One article that breaks a stage is reported, never the end of the run.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      writeError(errors, new IngestError(p.raw().source().path(), p.raw().id(),
          "analysis failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage()));
      counts[1]++;
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    try {
      articles.write(ContractJson.articleLine(a));
      articles.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    corpus.add(a);
    if (shown.size() < REPORT_ARTICLES) {
      shown.add(a);
    }
    counts[0]++;
    progress.tick(counts[0]);
  }

  private static void writeError(Writer errors, IngestError error) {
    ObjectNode n = ContractJson.mapper().createObjectNode();
    n.put("path", error.path());
    n.put("record", error.record());
    n.put("reason", error.reason());
    try {
      errors.write(n.toString());
      errors.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
