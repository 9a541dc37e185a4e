package org.khabar.entity;

import java.util.List;
import java.util.function.Function;
import org.khabar.model.EntityMention;
import org.khabar.model.TextLine;
import org.khabar.structure.ArticleStructure;

/**
 * The standard entity stage: a recogniser's mentions, then actor linking (which adds the knowledge base's names the
 * recogniser missed and resolves generic nouns), then quantities. Stateless and thread-safe when its parts are.
 */
final class StandardEntityAnalyzer implements EntityAnalyzer {
  private final Function<List<TextLine>, List<EntityMention>> recogniser;
  private final DictionaryActorLinker linker;
  private final LexiconQuantityReader quantities;

  /**
   * @param recogniser the named-entity recogniser over the content lines (spans without actors); may return nothing
   * @param linker links mentions to actors and adds dictionary mentions
   * @param quantities reads quantities
   */
  StandardEntityAnalyzer(
      Function<List<TextLine>, List<EntityMention>> recogniser, DictionaryActorLinker linker,
      LexiconQuantityReader quantities) {
    this.recogniser = recogniser;
    this.linker = linker;
    this.quantities = quantities;
  }

  @Override
  public EntityAnalysis analyze(ArticleStructure structure) {
    List<TextLine> content = structure.content();
    // The order matters: linking reads the recogniser's spans and never duplicates them.
    // Lines are split into words once, for the linker and the quantity reader alike.
    List<EntityMention> recognised = recogniser.apply(content);
    List<TokenizedLine> words = TokenizedLine.of(content);
    LinkResult linked = linker.linkTokenized(words, recognised);
    return new EntityAnalysis(linked.mentions(), quantities.readTokenized(words), linked.aliasIntroductions());
  }
}
