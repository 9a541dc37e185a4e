package org.khabar.entity;

import java.util.List;
import org.khabar.model.EntityMention;
import org.khabar.model.Quantity;

/**
 * What the entity stage found in one article.
 *
 * @param entities named entities linked to actors where possible
 * @param quantities numbers with what they count
 */
public record EntityAnalysis(List<EntityMention> entities, List<Quantity> quantities) {
  public EntityAnalysis {
    entities = List.copyOf(entities);
    quantities = List.copyOf(quantities);
  }
}
