package org.khabar.time;

import org.khabar.model.RawArticle;
import org.khabar.structure.ArticleStructure;

/**
 * Tags temporal expressions and dates the article.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface TimeAnalyzer {
  /** Analyses one article whose structure is known. */
  TimeAnalysis analyze(RawArticle article, ArticleStructure structure);

  /**
   * The standard analyser: the rule-based tagger of {@link TemporalTagger#standard()}, publication dates from
   * metadata, else an explicit statement of the day, else the text's constraints; every relative expression
   * resolved against the publication day (or as far as its constraints allow).
   */
  static TimeAnalyzer standard() {
    return StandardTimeAnalyzer.INSTANCE;
  }
}
