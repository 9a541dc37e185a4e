package org.khabar.corpus;

import java.util.Optional;
import org.khabar.entity.ActorKnowledgeBase;

/**
 * The actor knowledge base as the corpus stage's {@link ActorDirectory}: canonical Arabic name and type per id.
 *
 * <p>Stateless and thread-safe.
 */
final class KnowledgeBaseDirectory implements ActorDirectory {
  private final ActorKnowledgeBase kb;

  KnowledgeBaseDirectory(ActorKnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public Optional<Entry> find(String id) {
    return kb.byId(id).map(a -> new Entry(a.name(), a.type().key()));
  }
}
