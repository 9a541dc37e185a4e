package org.khabar.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khabar.model.EntityMention;
import org.khabar.text.ArabicText;

/**
 * The names a corpus introduced for actors ({@link AliasIntroduction}), merged: a name introduced as an actor's alias
 * in one article holds for every article. A name introduced for two different actors is ambiguous and dropped.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class CorpusAliases {
  private final Map<String, String> actorByKey;

  private CorpusAliases(Map<String, String> actorByKey) {
    this.actorByKey = Map.copyOf(actorByKey);
  }

  /** Merges the introductions of a corpus; those without an actor are left out. */
  public static CorpusAliases of(Collection<AliasIntroduction> introductions) {
    Map<String, String> byKey = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (AliasIntroduction a : introductions) {
      if (a.actor() == null) {
        continue;
      }
      String key = ArabicText.matchKey(a.alias());
      if (key.isEmpty() || ambiguous.contains(key)) {
        continue;
      }
      String old = byKey.putIfAbsent(key, a.actor());
      if (old != null && !old.equals(a.actor())) {
        byKey.remove(key);
        ambiguous.add(key);
      }
    }
    return new CorpusAliases(byKey);
  }

  /** The actor a name was introduced for somewhere in the corpus, compared by matching key. */
  public Optional<String> actorOf(String name) {
    return Optional.ofNullable(name == null ? null : actorByKey.get(ArabicText.matchKey(name)));
  }

  /** How many names the corpus introduced unambiguously. */
  public int size() {
    return actorByKey.size();
  }

  /** The mentions with those that have no actor yet linked through a corpus alias; the others unchanged. */
  public List<EntityMention> relink(List<EntityMention> mentions) {
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      String actor = m.actor() == null ? actorByKey.get(ArabicText.matchKey(m.text())) : null;
      out.add(actor == null ? m : new EntityMention(m.text(), m.type(), actor, m.line(), m.start(), m.end()));
    }
    return out;
  }
}
