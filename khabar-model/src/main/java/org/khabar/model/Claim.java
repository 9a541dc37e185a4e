package org.khabar.model;

import java.util.Objects;

/**
 * A proposition attributed to a source.
 *
 * @param text the proposition
 * @param source who puts it forward (the publisher for the article's own voice)
 * @param stance how the source stands to it
 * @param line the 1-based input line
 */
public record Claim(String text, String source, Stance stance, int line) {
  public Claim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(stance, "stance");
    Spans.check(line, 0, 0);
  }
}
