package org.khabar.entity;

import java.util.List;
import org.khabar.model.EntityMention;
import org.khabar.model.Quantity;

/**
 * What the entity stage found in one article.
 *
 * @param entities named entities linked to actors where possible
 * @param quantities numbers with what they count
 * @param aliasIntroductions names the article introduced as another name of an actor, for the corpus stage to
 *     merge across articles
 */
public record EntityAnalysis(
    List<EntityMention> entities, List<Quantity> quantities, List<AliasIntroduction> aliasIntroductions) {
  public EntityAnalysis {
    entities = List.copyOf(entities);
    quantities = List.copyOf(quantities);
    aliasIntroductions = List.copyOf(aliasIntroductions);
  }

  /** An analysis without alias introductions. */
  public EntityAnalysis(List<EntityMention> entities, List<Quantity> quantities) {
    this(entities, quantities, List.of());
  }
}
