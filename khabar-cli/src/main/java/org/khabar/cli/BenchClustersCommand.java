package org.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.corpus.CorpusAnalyzer;
import org.khabar.corpus.DocumentFrequencies;
import org.khabar.model.Article;
import org.khabar.model.CorpusReport;
import org.khabar.model.DateBasis;
import org.khabar.model.Published;
import org.khabar.model.Publisher;
import org.khabar.model.SourceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code khabar bench clusters}: corpus analysis (near-duplicates, events, storylines, timeline, framing) over the
 * ANT corpus. To measure the corpus stage alone, articles are built directly from the JSON fields (title, text,
 * time, source), bypassing the per-article pipeline, and held in memory before timing starts. The corpus is
 * clustered from scratch at growing sizes (5k, 10k, 20k, all) to show how the time grows.
 */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = "Time corpus analysis on ant-2018 at 5k, 10k, 20k and all articles.")
final class BenchClustersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", description = "default: ../shared/data/ant-2018/ant-2018.jsonl.gz")
  Path data = SharedData.ant2018();

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N articles (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the last run's corpus.json to FILE.")
  Path corpusOut;

  @Option(names = "--write-df", paramLabel = "FILE",
      description = "Instead of timing, write the background document-frequency table (.tsv.gz) computed from"
          + " --data to FILE (the shipped one: khabar-core/src/main/resources/org/khabar/corpus/background-df.tsv.gz).")
  Path writeDf;

  @Option(names = "--min-df", paramLabel = "N", description = "With --write-df: keep terms in >= N documents.")
  int minDf = 3;

  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(data)) {
      err.println("khabar: no such file: " + data + " (pass --data FILE)");
      return 1;
    }
    if (writeDf != null) {
      return writeDocumentFrequencies(out, err);
    }
    List<Article> articles = new ArrayList<>();
    JsonLines.read(data, limit, n -> articles.add(article(n, data)), err);
    out.printf("articles read: %d%n", articles.size());
    List<Integer> sizes = new ArrayList<>();
    for (int s : new int[] {5_000, 10_000, 20_000}) {
      if (s < articles.size()) {
        sizes.add(s);
      }
    }
    sizes.add(articles.size());
    CorpusReport last = null;
    double lastSeconds = 0;
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int size : sizes) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      CorpusAnalyzer corpus = CorpusAnalyzer.standard();
      for (int i = 0; i < size; i++) {
        corpus.add(articles.get(i));
      }
      last = corpus.report();
      lastSeconds = (System.nanoTime() - t0) / 1e9;
      out.printf("seconds %d: %.2f%n", size, lastSeconds);
      out.printf("cpu seconds %d: %.2f%n", size, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
      out.flush();
    }
    out.printf("articles/s: %.0f%n", articles.size() / lastSeconds);
    out.printf("near-duplicate groups: %d%n", last.clusters().nearDuplicate().size());
    out.printf("events: %d%n", last.clusters().event().size());
    out.printf("events with 2+ articles: %d%n", last.clusters().event().stream().filter(e -> e.size() > 1).count());
    out.printf("largest event: %d%n", last.clusters().event().stream().mapToInt(List::size).max().orElse(0));
    out.printf("storylines: %d%n", last.clusters().storyline().size());
    out.printf("storylines with 2+ events: %d%n", multiEventStories(last));
    out.printf("largest storyline: %d%n", last.clusters().storyline().stream().mapToInt(List::size).max().orElse(0));
    out.printf("peak heap MB: %d%n", peakHeapMb());
    if (corpusOut != null) {
      Files.writeString(corpusOut, org.khabar.contract.ContractJson.corpusDocument(last));
    }
    return 0;
  }

  private static long multiEventStories(CorpusReport r) {
    java.util.Map<String, Integer> storyOf = new java.util.HashMap<>();
    List<List<String>> stories = r.clusters().storyline();
    for (int i = 0; i < stories.size(); i++) {
      for (String id : stories.get(i)) {
        storyOf.put(id, i);
      }
    }
    java.util.Map<Integer, Integer> events = new java.util.HashMap<>();
    for (List<String> e : r.clusters().event()) {
      events.merge(storyOf.get(e.get(0)), 1, Integer::sum);
    }
    return events.values().stream().filter(v -> v > 1).count();
  }

  private int writeDocumentFrequencies(PrintWriter out, PrintWriter err) throws java.io.IOException {
    DocumentFrequencies.Builder df = DocumentFrequencies.builder();
    int n = JsonLines.read(data, limit, node -> {
      String title = JsonLines.text(node, "title");
      String text = JsonLines.text(node, "text");
      df.add((title == null ? "" : title) + "\n" + (text == null ? "" : text));
    }, err);
    Outputs.replaceText(writeDf, true, w -> df.write(w, minDf,
        "ANT corpus v2.1 (Chouigui et al., \"An Arabic Multi-source News Corpus\", Apache-2.0), " + n + " articles of "
            + data.getFileName()));
    out.printf("documents: %d%nwritten: %s%n", n, writeDf);
    return 0;
  }

  /** An article straight from the ANT fields, without the per-article pipeline. */
  static Article article(JsonNode n, Path file) {
    String id = JsonLines.text(n, "id");
    String title = JsonLines.text(n, "title");
    String text = JsonLines.text(n, "text");
    String time = JsonLines.text(n, "time");
    String source = JsonLines.text(n, "source");
    Published published = Published.UNKNOWN;
    if (time != null) {
      try {
        LocalDate d = ZonedDateTime.parse(time.strip(), RFC_1123).toLocalDate();
        published = new Published(d, d, d, d.getDayOfWeek(), DateBasis.METADATA, List.of("time: " + time));
      } catch (DateTimeParseException e) {
        // An unreadable time leaves the date unknown.
      }
    }
    return new Article(id == null ? "?" : id, new SourceRef(file.toString(), JsonLines.text(n, "url"), "jsonl"),
        title, JsonLines.text(n, "category"), JsonLines.text(n, "author"),
        source == null ? null : new Publisher(source, null, List.of("source field")), published, List.of(),
        text == null ? "" : text, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
