package org.khabar.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.khabar.claim.ClaimAnalyzer;
import org.khabar.entity.EntityAnalysis;
import org.khabar.entity.EntityAnalyzer;
import org.khabar.model.Article;
import org.khabar.model.Claim;
import org.khabar.model.Quote;
import org.khabar.model.RawArticle;
import org.khabar.model.TextLine;
import org.khabar.quote.QuoteAnalyzer;
import org.khabar.structure.ArticleStructure;
import org.khabar.structure.StructureAnalyzer;
import org.khabar.time.TimeAnalysis;
import org.khabar.time.TimeAnalyzer;

/**
 * The per-article pipeline, assembled in one place.
 *
 * <p>Stateless and thread-safe once built: one instance serves every worker thread.
 */
public final class ArticlePipeline {
  private final StructureAnalyzer structure;
  private final TimeAnalyzer time;
  private final EntityAnalyzer entities;
  private final QuoteAnalyzer quotes;
  private final ClaimAnalyzer claims;

  public ArticlePipeline(
      StructureAnalyzer structure,
      TimeAnalyzer time,
      EntityAnalyzer entities,
      QuoteAnalyzer quotes,
      ClaimAnalyzer claims) {
    this.structure = structure;
    this.time = time;
    this.entities = entities;
    this.quotes = quotes;
    this.claims = claims;
  }

  /** The standard pipeline; loads its models and knowledge files once. */
  public static ArticlePipeline standard() {
    return new ArticlePipeline(
        StructureAnalyzer.standard(),
        TimeAnalyzer.standard(),
        EntityAnalyzer.standard(),
        QuoteAnalyzer.standard(),
        ClaimAnalyzer.standard());
  }

  /** The same pipeline with another structure stage (e.g. one that knows the corpus's template lines). */
  public ArticlePipeline withStructure(StructureAnalyzer structure) {
    return new ArticlePipeline(structure, time, entities, quotes, claims);
  }

  /** The same pipeline with another entity stage (e.g. {@code EntityAnalyzer.accurate()}). */
  public ArticlePipeline withEntities(EntityAnalyzer entities) {
    return new ArticlePipeline(structure, time, entities, quotes, claims);
  }

  /** Analyses one article. */
  public Article analyze(RawArticle raw) {
    // The order here is important:
    // 1. structure decides which lines are content; every later stage reads only those;
    // 2. time needs the structure (title, byline, dateline) and gives the anchor date;
    // 3. entities come before quotes, whose speakers they name;
    // 4. claims are built from the quotes and the article's own voice (its publisher).
    ArticleStructure parts = withinAnalysisBudget(structure.analyze(raw));
    TimeAnalysis when = time.analyze(raw, parts);
    EntityAnalysis who = entities.analyze(parts);
    List<Quote> said = quotes.analyze(parts, who.entities());
    List<Claim> claimed = claims.analyze(parts, said);
    return new Article(
        raw.id(),
        raw.source(),
        parts.title(),
        parts.section(),
        parts.byline(),
        parts.publisher(),
        when.published(),
        parts.lines(),
        parts.body(),
        who.entities(),
        when.dates(),
        who.quantities(),
        said,
        claimed,
        parts.flags());
  }

  /**
   * The most content characters the fact stages (time, entities, quotes, claims) read in one article: about
   * 150,000 words, a hundred times a long news article. Beyond it a "page" is a dump or an attack, and its facts
   * would cost memory in proportion (a 50 MB single line gave over 800,000 facts): the lines past the budget are
   * left out of the analysis (the last one cut), the body and line roles stay whole, and the article is flagged.
   */
  static final int MAX_ANALYSED_CHARS = 1_000_000;

  /** The flag of an article whose content was analysed only up to {@link #MAX_ANALYSED_CHARS}. */
  static final String TRUNCATED_FLAG = "long_article_truncated_analysis";

  static ArticleStructure withinAnalysisBudget(ArticleStructure parts) {
    long total = 0;
    for (TextLine l : parts.content()) {
      total += l.text().length();
    }
    if (total <= MAX_ANALYSED_CHARS) {
      return parts;
    }
    List<TextLine> kept = new ArrayList<>();
    int left = MAX_ANALYSED_CHARS;
    for (TextLine l : parts.content()) {
      if (left <= 0) {
        break;
      }
      if (l.text().length() <= left) {
        kept.add(l);
      } else {
        // A prefix keeps every offset valid in the original line; it never ends inside a surrogate pair.
        int cut = Character.isHighSurrogate(l.text().charAt(left - 1)) ? left - 1 : left;
        kept.add(new TextLine(l.number(), l.text().substring(0, cut)));
      }
      left -= l.text().length();
    }
    List<String> flags = new ArrayList<>(parts.flags());
    flags.add(TRUNCATED_FLAG);
    return new ArticleStructure(parts.title(), parts.section(), parts.byline(), parts.publisher(), parts.lines(),
        parts.body(), kept, flags);
  }
}
