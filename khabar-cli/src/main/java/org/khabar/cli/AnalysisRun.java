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
import java.util.Map;
import org.khabar.model.Published;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
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

  private final Function<TemplateIndex, ArticlePipeline> pipelineFor;
  private final int threads;
  private final PrintWriter err;

  /**
   * A run whose pipeline depends on the corpus's template lines.
   *
   * @param pipelineFor builds the pipeline once the first pass has counted the corpus's recurring lines
   */
  AnalysisRun(Function<TemplateIndex, ArticlePipeline> pipelineFor, int threads, PrintWriter err) {
    this.pipelineFor = pipelineFor;
    this.threads = threads;
    this.err = err;
  }

  Summary run(List<Path> inputs, Path outDir) throws IOException {
    long start = System.nanoTime();
    Files.createDirectories(outDir);
    // An output directory inside an input directory is not read back as input.
    CorpusReader reader = CorpusReader.excluding(outDir);
    ArticlePipeline pipeline = pipelineFor.apply(templates(reader, inputs));
    Path articlesTmp = outDir.resolve("articles.jsonl.part");
    Path errorsTmp = outDir.resolve("errors.jsonl.part");
    CorpusAnalyzer corpus = CorpusAnalyzer.standard();
    List<Article> shown = new ArrayList<>();
    Progress progress = Progress.forTerminal(err, reader.inputBytes(inputs));
    int[] counts = new int[2];
    UniqueIds ids = new UniqueIds();
    long[] bytesRead = new long[1];
    CorpusReport report;
    Map<String, Published> storyDates = Map.of();
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
        public void article(RawArticle read) {
          RawArticle raw = ids.unique(read);
          if (inFlight.size() >= 4 * threads) {
            complete(inFlight.removeFirst(), articles, errors, corpus, shown, counts, progress, bytesRead[0]);
          }
          // Workers also serialise, so the writing thread only writes.
          inFlight.addLast(new Pending(raw, pool.submit(() -> {
            Article a = pipeline.analyze(raw);
            return new Analysed(a, ContractJson.articleLine(a));
          })));
        }

        @Override
        public void error(IngestError error) {
          writeError(errors, error);
          counts[1]++;
        }

        @Override
        public void bytesRead(long total) {
          bytesRead[0] = total;
        }
      };
      reader.read(inputs, sink);
      while (!inFlight.isEmpty()) {
        complete(inFlight.removeFirst(), articles, errors, corpus, shown, counts, progress, bytesRead[0]);
      }
      try {
        report = corpus.report();
        storyDates = corpus.storyDates();
      } catch (RuntimeException e) {
        // The articles stand on their own: a failing corpus stage costs the corpus picture, not the run.
        writeError(errors, new IngestError("(corpus)", null, "corpus analysis failed: " + describe(e)));
        counts[1]++;
        report = CorpusReport.empty(counts[0]);
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
    if (!storyDates.isEmpty()) {
      articlesTmp = withStoryDates(articlesTmp, storyDates);
      Map<String, Published> dated = storyDates;
      shown.replaceAll(a -> dated.containsKey(a.id()) ? withPublished(a, dated.get(a.id())) : a);
    }
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
   * Second pass over the written articles (issue #6): an article the corpus dated through its story gets that
   * {@code published}. Streams line by line, so memory stays bounded; only the dated articles are re-serialised.
   */
  private static Path withStoryDates(Path articles, Map<String, Published> storyDates) throws IOException {
    Path dated = articles.resolveSibling("articles.jsonl.dated.part");
    try (var in = Files.newBufferedReader(articles, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(dated, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.write(ContractJson.withPublished(line, storyDates::get));
        out.write('\n');
      }
    }
    Files.delete(articles);
    return dated;
  }

  private static Article withPublished(Article a, Published p) {
    return new Article(a.id(), a.source(), a.title(), a.section(), a.byline(), a.publisher(), p, a.lines(), a.body(),
        a.entities(), a.dates(), a.quantities(), a.quotes(), a.claims(), a.flags());
  }

  /**
   * Makes article ids unique within a run: the second article whose id is already taken (two {@code index.html}
   * pages, say) becomes {@code index~2}, the third {@code index~3}. Corpus groups and framing are keyed by id.
   */
  static final class UniqueIds {
    private final java.util.Map<String, Integer> seen = new java.util.HashMap<>();

    RawArticle unique(RawArticle raw) {
      int n = seen.merge(raw.id(), 1, Integer::sum);
      if (n == 1) {
        return raw;
      }
      String id = raw.id() + "~" + n;
      while (seen.containsKey(id)) {
        id = raw.id() + "~" + (++n);
      }
      seen.put(id, 1);
      return new RawArticle(id, raw.source(), raw.lines(), raw.markup(), raw.metadata());
    }
  }

  /** The standard way to run: {@code base} with a structure stage that knows the corpus's template lines. */
  static Function<TemplateIndex, ArticlePipeline> templateAware(ArticlePipeline base) {
    return templates -> base.withStructure(StructureAnalyzer.withTemplates(templates));
  }

  /**
   * First pass (issue #5): counts, per outlet, the lines that recur across articles, so that template text (menus,
   * footers, teaser boxes) is recognised. Keeps 64-bit hashes only, in a fixed-size table: bounded memory. Read
   * errors are ignored here; the second pass reports them.
   */
  private static TemplateIndex templates(CorpusReader reader, List<Path> inputs) {
    TemplateIndex.Builder templates = TemplateIndex.builder();
    reader.read(inputs, new IngestSink() {
      @Override
      public void article(RawArticle raw) {
        templates.add(raw);
      }

      @Override
      public void error(IngestError error) {}
    });
    return templates.build();
  }

  private record Pending(RawArticle raw, Future<Analysed> result) {}

  private record Analysed(Article article, String line) {}

  private void complete(Pending p, Writer articles, Writer errors, CorpusAnalyzer corpus, List<Article> shown,
      int[] counts, Progress progress, long bytesRead) {
    Analysed done;
    try {
      done = p.result().get();
    } catch (ExecutionException e) {
      // One article that breaks a stage is reported, never the end of the run.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      writeError(errors, new IngestError(p.raw().source().path(), p.raw().id(),
          "analysis failed: " + describe(cause)));
      counts[1]++;
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    try {
      articles.write(done.line());
      articles.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      corpus.add(done.article());
    } catch (RuntimeException e) {
      writeError(errors, new IngestError(p.raw().source().path(), p.raw().id(),
          "corpus analysis skipped this article: " + describe(e)));
      counts[1]++;
    }
    if (shown.size() < REPORT_ARTICLES) {
      shown.add(done.article());
    }
    counts[0]++;
    progress.tick(counts[0], bytesRead);
  }

  private static String describe(Throwable t) {
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
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
