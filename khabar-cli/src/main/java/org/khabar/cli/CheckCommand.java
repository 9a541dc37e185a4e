package org.khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.claim.ClaimChecker;
import org.khabar.claim.Evidence;
import org.khabar.claim.Verdict;
import org.khabar.ingest.CorpusReader;
import org.khabar.ingest.IngestError;
import org.khabar.ingest.IngestSink;
import org.khabar.model.RawArticle;
import org.khabar.pipeline.ArticlePipeline;
import org.khabar.model.Article;
import org.khabar.model.LineAnnotation;
import org.khabar.model.LineRole;
import org.khabar.model.TextLine;
import org.khabar.structure.ArticleStructure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khabar check "CLAIM" PATH...}: for each article, whether it agrees, disagrees, discusses or is unrelated. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a claim against articles: for each, agree / disagree / discuss / unrelated, with the sentences",
      "that decide it (line numbers refer to the input)."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CLAIM", description = "The claim, in Arabic.")
  String claim;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // the whole pipeline, so that a page is cleaned exactly as `analyze` cleans it
    ArticlePipeline pipeline = ArticlePipeline.standard();
    ClaimChecker checker = ClaimChecker.standard();
    int[] articles = new int[1];
    new CorpusReader().read(inputs, new IngestSink() {
      @Override
      public void article(RawArticle raw) {
        articles[0]++;
        Verdict v = checker.check(claim, structureOf(pipeline.analyze(raw), raw));
        out.printf(Locale.ROOT, "%s\t%s\t%.2f\t%s%n", raw.id(), v.stance().wireName(), v.confidence(),
            raw.source().path());
        for (Evidence e : v.evidence()) {
          out.printf(Locale.ROOT, "  line %d (%.2f): %s%n", e.line(), e.similarity(), clip(e.sentence()));
        }
      }

      @Override
      public void error(IngestError e) {
        err.println("khabar: " + e);
      }
    });
    return articles[0] == 0 ? 1 : 0;
  }

  /** The analysed article's parts as the claim check reads them: its content lines with their input text. */
  static ArticleStructure structureOf(Article a, RawArticle raw) {
    List<TextLine> content = new ArrayList<>();
    for (LineAnnotation l : a.lines()) {
      if (l.role() == LineRole.CONTENT && l.line() <= raw.lines().size()) {
        content.add(new TextLine(l.line(), raw.line(l.line())));
      }
    }
    return new ArticleStructure(a.title(), a.section(), a.byline(), a.publisher(), a.lines(), a.body(), content,
        a.flags());
  }

  private static String clip(String s) {
    return s.length() > 300 ? s.substring(0, 300) + " …" : s;
  }
}
