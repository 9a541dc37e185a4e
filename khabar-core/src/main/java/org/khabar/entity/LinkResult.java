package org.khabar.entity;

import java.util.List;
import org.khabar.model.EntityMention;

/**
 * What actor linking found in one article.
 *
 * @param mentions every entity mention, in text order, with its actor id or {@code null}
 * @param aliasIntroductions names the article introduced as another name of an actor
 */
public record LinkResult(List<EntityMention> mentions, List<AliasIntroduction> aliasIntroductions) {
  public LinkResult {
    mentions = List.copyOf(mentions);
    aliasIntroductions = List.copyOf(aliasIntroductions);
  }
}
