package org.khabar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khabar.corpus.ActorDirectory;
import org.khabar.corpus.CorpusAnalyzer;
import org.khabar.corpus.CorpusSettings;
import org.khabar.corpus.OutletPrior;
import org.khabar.model.Article;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.CorpusReport;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;
import org.khabar.pipeline.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code khabar eval clusters --data FILE}: event clustering against the claims of a UnifiedFC-format file (Baly et
 * al. 2018). The articles of one claim whose stance is not {@code unrelated} form one gold event. Every article goes
 * through the standard article pipeline, then the corpus analyser; the figures are pairwise and B-cubed precision,
 * recall and F1 over the gold-clustered articles.
 *
 * <p>Claims split by position: even lines (0, 2, 4 ...) are the development set, odd lines the held-out test set.
 * {@code --tune} grid-searches the event threshold and title and actor weights on the development set (by B-cubed
 * F1) and reports the held-out figures with the best setting; without it the tuned defaults are used.
 */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = "Event clustering vs. UnifiedFC claims: pairwise and B-cubed P/R/F1 on held-out claims.")
final class EvalClustersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "claims-*.jsonl[.gz]")
  Path data;

  @Option(names = "--tune", description = "Grid-search the event settings on the development claims first.")
  boolean tune;

  @Option(names = "--distractors",
      description = "Also cluster the claims' unrelated articles (not scored, but they may pull articles away).")
  boolean distractors;

  @Option(names = "--background-docs", paramLabel = "N",
      description = "Weight of the background IDF in pseudo-documents (default: the tuned setting; 0: none).")
  Integer backgroundDocs;

  @Option(names = "--split", paramLabel = "dev|test|all", description = "Which claims to report (default: test).")
  String split = "test";

  /** One article to cluster, with its gold event or {@code null} for a distractor. */
  record Item(Article article, String gold, boolean dev) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(data)) {
      err.println("khabar: no such file: " + data);
      return 1;
    }
    List<Item> items = load(data, distractors, err);
    if (items.isEmpty()) {
      err.println("khabar: no articles with a stance in " + data);
      return 1;
    }
    CorpusSettings settings = backgroundDocs == null ? CorpusSettings.DEFAULTS
        : CorpusSettings.DEFAULTS.withBackgroundDocs(backgroundDocs);
    if (tune) {
      settings = tune(items, settings, out);
    }
    List<Item> reported = items.stream().filter(i -> switch (split) {
      case "dev" -> i.dev();
      case "all" -> true;
      default -> !i.dev();
    }).toList();
    ClusterScores s = score(reported, settings);
    out.printf("split: %s%n", split);
    out.printf("claims: %d%n", reported.stream().map(Item::gold).filter(g -> g != null).distinct().count());
    out.printf("articles: %d%n", s.items());
    out.printf("event threshold: %.3f%ntitle weight: %.2f%nactor weight: %.2f%nbackground docs: %d%n",
        settings.eventThreshold(), settings.titleWeight(), settings.actorWeight(), settings.backgroundDocs());
    out.printf("pairwise precision: %.3f%npairwise recall: %.3f%npairwise F1: %.3f%n", s.pairPrecision(),
        s.pairRecall(), s.pairF1());
    out.printf("B-cubed precision: %.3f%nB-cubed recall: %.3f%nB-cubed F1: %.3f%n", s.bcubedPrecision(),
        s.bcubedRecall(), s.bcubedF1());
    out.flush();
    return 0;
  }

  private static CorpusSettings tune(List<Item> items, CorpusSettings start, PrintWriter out) {
    List<Item> dev = items.stream().filter(Item::dev).toList();
    CorpusSettings best = start;
    double bestF1 = -1;
    int[] backgrounds = start.backgroundDocs() == CorpusSettings.DEFAULTS.backgroundDocs()
        ? new int[] {0, 300, 1000, 3000, 30000} : new int[] {start.backgroundDocs()};
    for (int background : backgrounds) {
    for (double threshold = 0.10; threshold <= 0.601; threshold += 0.025) {
      for (double title : new double[] {0, 0.25, 0.5, 1.0}) {
        for (double actors : new double[] {0, 0.5}) {
          CorpusSettings s = start.withBackgroundDocs(background).withEvent(threshold, title, actors);
          double f1 = score(dev, s).bcubedF1();
          if (f1 > bestF1 + 1e-9) {
            bestF1 = f1;
            best = s;
          }
        }
      }
    }
    }
    out.printf("dev B-cubed F1: %.3f%n", bestF1);
    return best;
  }

  static ClusterScores score(List<Item> items, CorpusSettings settings) {
    CorpusAnalyzer corpus = CorpusAnalyzer.create(settings, ActorDirectory.none(), OutletPrior.none());
    Map<String, String> gold = new HashMap<>();
    for (Item i : items) {
      corpus.add(i.article());
      if (i.gold() != null) {
        gold.put(i.article().id(), i.gold());
      }
    }
    CorpusReport r = corpus.report();
    Map<String, String> predicted = new HashMap<>();
    List<List<String>> events = r.clusters().event();
    for (int e = 0; e < events.size(); e++) {
      for (String id : events.get(e)) {
        predicted.put(id, "e" + e);
      }
    }
    return ClusterScores.of(gold, predicted);
  }

  /** Reads the claims and runs their articles through the standard pipeline. */
  static List<Item> load(Path file, boolean distractors, PrintWriter err) throws java.io.IOException {
    ArticlePipeline pipeline = ArticlePipeline.standard();
    List<Item> items = new ArrayList<>();
    int[] claimNo = {0};
    JsonLines.read(file, Integer.MAX_VALUE, claim -> {
      boolean dev = claimNo[0]++ % 2 == 0;
      String claimId = JsonLines.text(claim, "id");
      JsonNode articles = claim.get("article");
      JsonNode stances = claim.get("stance");
      JsonNode urls = claim.get("url");
      if (claimId == null || articles == null || stances == null || !articles.isArray()) {
        err.println("khabar: claim " + claimNo[0] + " has no id, article or stance: skipped");
        return;
      }
      for (int k = 0; k < articles.size(); k++) {
        String stance = stances.path(k).asText("unrelated");
        boolean related = !"unrelated".equals(stance);
        if (!related && !distractors) {
          continue;
        }
        String text = articles.get(k).asText("");
        String url = urls == null ? null : urls.path(k).asText(null);
        String id = claimId + "#" + k;
        RawArticle raw = new RawArticle(id, new SourceRef(file.toString(), url, "jsonl"),
            List.of(text.split("\r\n|\r|\n", -1)), List.of(),
            new ArticleMetadata(null, null, null, null, null, url, Map.of()));
        try {
          items.add(new Item(pipeline.analyze(raw), related ? claimId : null, dev));
        } catch (RuntimeException e) {
          err.println("khabar: " + id + ": analysis failed: " + e);
        }
      }
    }, err);
    return items;
  }
}
