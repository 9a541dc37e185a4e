package org.khabar.entity;

import java.util.List;
import java.util.Objects;

/**
 * One actor of the knowledge base: a state, government, armed force, group, body, outlet or person.
 *
 * @param id the stable slug, e.g. {@code isis}
 * @param type its kind
 * @param qid its Wikidata item, or {@code null} where not known with confidence
 * @param side its side in the Syrian conflict where documented ({@code pro-government}, {@code opposition},
 *     {@code jihadist}, {@code kurdish}, {@code international}), else {@code null}
 * @param country the ISO 3166 code of the country it belongs to, or {@code null}
 * @param parent the id of the actor it belongs to (an army to its government), or {@code null}
 * @param nameEn its English name
 * @param names its Arabic and Latin names, canonical first; matched in text with clitics attached
 * @param weakNames names that are also common words; linked only where a named-entity recogniser marks the span
 * @param generic the bare generic nouns ({@code التنظيم}, {@code النظام}) that can refer back to it
 * @param source the reference the entry follows (a Wikipedia article title)
 */
public record Actor(
    String id,
    ActorType type,
    String qid,
    String side,
    String country,
    String parent,
    String nameEn,
    List<String> names,
    List<String> weakNames,
    List<String> generic,
    String source) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    names = List.copyOf(names);
    weakNames = List.copyOf(weakNames);
    generic = List.copyOf(generic);
    if (id.isBlank() || !id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("actor id must be a lower-case slug: '" + id + "'");
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("actor " + id + " has no names");
    }
    if (qid != null && !qid.matches("Q[1-9][0-9]*")) {
      throw new IllegalArgumentException("actor " + id + " has a malformed Wikidata QID: " + qid);
    }
  }

  /** Its canonical Arabic name, the first of {@link #names()}. */
  public String name() {
    return names.get(0);
  }
}
