package org.khabar.model;

import java.util.Objects;

/**
 * A named entity in the text.
 *
 * @param text the mention as written (clitics excluded)
 * @param type its kind
 * @param actor the canonical actor id it refers to, or {@code null}
 * @param line the 1-based input line
 * @param start the first character's offset within that line
 * @param end the offset just past the last character
 */
public record EntityMention(String text, EntityType type, String actor, int line, int start, int end) {
  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Spans.check(line, start, end);
  }
}
