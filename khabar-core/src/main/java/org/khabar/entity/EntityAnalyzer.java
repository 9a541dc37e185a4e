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

  /** The standard analyser. */
  static EntityAnalyzer standard() {
    return structure -> new EntityAnalysis(java.util.List.of(), java.util.List.of());
  }
}
