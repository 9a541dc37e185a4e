package org.khabar.quote;

import java.util.List;
import org.khabar.model.EntityMention;
import org.khabar.model.Quote;
import org.khabar.structure.ArticleStructure;

/**
 * Finds direct quotes and reported speech with their speakers.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface QuoteAnalyzer {
  /** Analyses the content of one article, given its entities. */
  List<Quote> analyze(ArticleStructure structure, List<EntityMention> entities);

  /** The standard analyser. */
  static QuoteAnalyzer standard() {
    return (structure, entities) -> List.of();
  }
}
