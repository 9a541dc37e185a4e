package org.khabar.claim;

import java.util.List;
import org.khabar.model.Claim;
import org.khabar.model.Quote;
import org.khabar.structure.ArticleStructure;

/**
 * Attributes propositions to sources with a stance: asserts, denies, unconfirmed.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface ClaimAnalyzer {
  /** Analyses the content of one article, given its quotes. */
  List<Claim> analyze(ArticleStructure structure, List<Quote> quotes);

  /** The standard analyser. */
  static ClaimAnalyzer standard() {
    return (structure, quotes) -> List.of();
  }
}
