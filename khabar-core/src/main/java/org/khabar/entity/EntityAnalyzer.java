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
   * The standard analyser: actor names found by the dictionary tagger and linked to the actor knowledge base, generic
   * nouns resolved per article, and quantities. A trained recogniser's mentions plug in as the first argument of
   * {@link StandardEntityAnalyzer} (the linker merges them and adds only what they miss).
   */
  static EntityAnalyzer standard() {
    return new StandardEntityAnalyzer(
        content -> java.util.List.of(),
        new DictionaryActorLinker(ActorKnowledgeBase.standard()),
        LexiconQuantityReader.INSTANCE);
  }
}
