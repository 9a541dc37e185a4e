package org.khabar.model;

import java.util.Objects;

/**
 * The role of one input line.
 *
 * @param line the 1-based line number in the input text
 * @param role what the line is
 * @param joinedWith the next line's number when this line breaks a sentence that continues there, else {@code null}
 * @param duplicateOf the number of the earlier line this one repeats, else {@code null}
 */
public record LineAnnotation(int line, LineRole role, Integer joinedWith, Integer duplicateOf) {
  public LineAnnotation {
    Objects.requireNonNull(role, "role");
    if (line < 1) {
      throw new IllegalArgumentException("line numbers are 1-based: " + line);
    }
  }
}
