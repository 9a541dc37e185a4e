package org.khabar.model;

import java.util.Objects;

/**
 * A temporal expression in the text, resolved.
 *
 * @param text the expression as written
 * @param value a TIMEX3-style value ({@code 2018-05-19}, {@code 2018-W20}, {@code 2018-05}, {@code P36H}, {@code XXXX-WXX-5})
 * @param type its TIMEX3 type
 * @param line the 1-based input line
 * @param start the first character's offset within that line
 * @param end the offset just past the last character
 */
public record DateMention(String text, String value, TemporalType type, int line, int start, int end) {
  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
    Spans.check(line, start, end);
  }
}
