package org.khabar.model;

import java.util.Objects;

/**
 * One input line with its number, as the analysis stages read it.
 *
 * @param number the 1-based line number in the input text
 * @param text the line exactly as decoded; offsets of extracted facts index into it
 */
public record TextLine(int number, String text) {
  public TextLine {
    Objects.requireNonNull(text, "text");
    if (number < 1) {
      throw new IllegalArgumentException("line numbers are 1-based: " + number);
    }
  }
}
