package org.khabar.entity;

import org.khabar.structure.ArticleStructure;

/**
 * Finds persons, places and organisations, links them to actors, and reads quantities.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface EntityAnalyzer {
  /** Analyses the content of one article. */
  EntityAnalysis analyze(ArticleStructure structure);

  /** The standard analyser: the trained name finder; mentions carry no actor yet. */
  static EntityAnalyzer standard() {
    return new RecognisingEntityAnalyzer(NameFinder.standard());
  }
}
