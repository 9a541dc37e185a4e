package org.khabar.entity;

import java.util.Objects;
import org.khabar.model.EntityMention;
import org.khabar.model.EntityType;

/**
 * A name the recogniser found in one input line.
 *
 * @param type what it names
 * @param line the 1-based input line
 * @param start the offset of its first character within the line (after any proclitic: {@code وببيلا} gives the span
 *     of {@code ببيلا})
 * @param end the offset just past its last character
 * @param text the line's characters in {@code [start, end)}
 * @param score the model's confidence, in (0, 1)
 */
public record NameSpan(EntityType type, int line, int start, int end, String text, double score) {
  public NameSpan {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (line < 1 || start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("bad name span [" + start + ", " + end + ") on line " + line);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }
  }

  /** This span as a contract mention, not yet linked to an actor. */
  public EntityMention toMention() {
    return new EntityMention(text, type, null, line, start, end);
  }
}
