package org.khabar.corpus;

import java.util.Optional;

/**
 * Where corpus analysis looks up an actor's canonical name and type: the seam for the actor knowledge base
 * ({@code org.khabar.entity.ActorKnowledgeBase}). Without one, an actor's name is its most frequent surface form in
 * the corpus and its type is {@code null}.
 *
 * <p>Implementations must be thread-safe.
 */
public interface ActorDirectory {
  /**
   * What the directory knows of one actor.
   *
   * @param name the canonical name
   * @param type the kind ({@code state}, {@code armed_group}, {@code person} ...), or {@code null}
   */
  record Entry(String name, String type) {
    public Entry {
      java.util.Objects.requireNonNull(name, "name");
    }
  }

  /** The entry of actor {@code id}, if known. */
  Optional<Entry> find(String id);

  /** A directory that knows no one. */
  static ActorDirectory none() {
    return id -> Optional.empty();
  }
}
