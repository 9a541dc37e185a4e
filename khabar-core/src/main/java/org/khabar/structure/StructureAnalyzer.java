package org.khabar.structure;

import org.khabar.model.RawArticle;

/**
 * Finds the parts of a scraped article: title, section, byline, publisher, and a role for every line.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface StructureAnalyzer {
  /** Analyses one article. */
  ArticleStructure analyze(RawArticle article);

  /** The standard analyser. */
  static StructureAnalyzer standard() {
    return new LineRoleAnalyzer();
  }
}
