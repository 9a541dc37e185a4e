package org.khabar.model;

import java.util.Objects;

/**
 * A number in the text with what it counts.
 *
 * @param text the expression as written
 * @param value its value; for an approximate quantity ("عشرات") the low end of its range
 * @param max the high end for a range or approximate quantity, else {@code null}
 * @param unit the unit ({@code percent}, {@code hour}, {@code USD} ...) or {@code null}
 * @param counts what is counted ({@code fighters}, {@code killed} ...) or {@code null}
 * @param line the 1-based input line
 * @param start the first character's offset within that line
 * @param end the offset just past the last character
 */
public record Quantity(String text, double value, Double max, String unit, String counts, int line, int start, int end) {
  public Quantity {
    Objects.requireNonNull(text, "text");
    Spans.check(line, start, end);
  }
}
