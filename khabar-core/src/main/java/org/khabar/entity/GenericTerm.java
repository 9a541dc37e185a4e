package org.khabar.entity;

import java.util.Set;

/**
 * A bare generic noun that refers back to an actor named elsewhere in the article ({@code التنظيم}, {@code النظام}).
 *
 * @param term the generic noun's matching key, with its article
 * @param head the noun's matching key without the article ({@code تنظيم}); an actor first named with it qualifies
 * @param types the actor types it may refer to
 */
record GenericTerm(String term, String head, Set<ActorType> types) {
  GenericTerm {
    types = Set.copyOf(types);
  }

  /** True when {@code actor} may be the referent: it lists this term, or has a fitting type and was named with the head noun. */
  boolean fits(Actor actor, String mentionKey) {
    if (actor.generic().contains(term)) {
      return true;
    }
    return types.contains(actor.type()) && (mentionKey.startsWith(head + " ") || mentionKey.startsWith("ال" + head + " "));
  }
}
