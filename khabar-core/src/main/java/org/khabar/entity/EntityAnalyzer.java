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

  /**
   * The standard analyser. The order matters: the trained {@link NameFinder} finds names; the linker then links them
   * to the actor knowledge base, adds the knowledge base's names the recogniser missed, and resolves generic nouns per
   * article; quantities come last.
   */
  static EntityAnalyzer standard() {
    return with(NameFinder.standard());
  }

  /** The standard analyser with the accurate recogniser ({@link NameFinder#accurate()}): slower, a little better. */
  static EntityAnalyzer accurate() {
    return with(NameFinder.accurate());
  }

  /** The standard analyser's linking and quantities over the names of {@code names}. */
  static EntityAnalyzer with(NameFinder names) {
    return new StandardEntityAnalyzer(
        content -> names.find(content).stream().map(NameSpan::toMention).toList(),
        new DictionaryActorLinker(ActorKnowledgeBase.standard()),
        LexiconQuantityReader.INSTANCE);
  }
}
