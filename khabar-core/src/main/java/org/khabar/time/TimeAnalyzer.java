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

  /** The standard analyser. */
  static TimeAnalyzer standard() {
    return (article, structure) -> new TimeAnalysis(org.khabar.model.Published.UNKNOWN, java.util.List.of());
  }
}
