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
  /**
   * Analyses the content of one article, given its entities.
   *
   * <p>A speaker phrase takes the actor of its head mention as {@code speakerActor}: a place after a preposition
   * is left aside, a person opening the phrase is the speaker (linked or not), else a linked person in it, else its
   * first linked mention.
   * Never throws: bad input gives no quotes.
   */
  List<Quote> analyze(ArticleStructure structure, List<EntityMention> entities);

  /**
   * The standard analyser: quotation marks of every style (paired, reversed, mixed, unbalanced, across lines),
   * reporting verbs with a complementizer, denial verbs with their object, attribution markers, and speaker
   * continuation by grammatical agreement. Its knowledge lives in this package's resource files.
   */
  static QuoteAnalyzer standard() {
    return PatternQuoteAnalyzer.INSTANCE;
  }
}
