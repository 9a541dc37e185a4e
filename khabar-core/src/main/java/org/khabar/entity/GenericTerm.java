package org.khabar.entity;

import java.util.Set;

/**
 * A bare generic noun that refers back to an actor named elsewhere in the article ({@code التنظيم}, {@code النظام}).
 *
 * @param term the generic noun's matching key, with its article
 * @param head the noun's matching key without the article ({@code تنظيم}); an actor first named with it qualifies
 * @param types the actor types it may refer to when the article named the actor with the head noun
 * @param anyTypes the actor types it may refer to however the article named them
 */
record GenericTerm(String term, String head, Set<ActorType> types, Set<ActorType> anyTypes) {
  GenericTerm {
    types = Set.copyOf(types);
    anyTypes = Set.copyOf(anyTypes);
  }

  /**
   * True when {@code actor} may be the referent: it lists this term, or its type fits whatever its name, or its type
   * fits and the article named it with the head noun ({@code heads}: the first words of its names, article aside).
   */
  boolean fits(Actor actor, Set<String> heads) {
    if (actor.generic().contains(term) || anyTypes.contains(actor.type())) {
      return true;
    }
    return types.contains(actor.type()) && heads.contains(head);
  }
}
