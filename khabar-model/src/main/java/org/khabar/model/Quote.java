package org.khabar.model;

import java.util.Objects;

/**
 * Something a source said.
 *
 * @param speaker who said it, as the text names them, or {@code null} when unknown
 * @param speakerActor the canonical actor id of the speaker, or {@code null}
 * @param text what was said
 * @param kind verbatim or reported
 * @param line the 1-based input line where the quote starts
 */
public record Quote(String speaker, String speakerActor, String text, QuoteKind kind, int line) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Spans.check(line, 0, 0);
  }
}
