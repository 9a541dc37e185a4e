package org.khabar.text;

import java.util.Objects;

/**
 * A number found in text.
 *
 * @param text the expression as written, hedge and percent sign included ({@code input.substring(start, end)})
 * @param start the offset of its first character in the input
 * @param end the offset just past its last character
 * @param value its value: the number said; for a range without one (عشرات) the low end
 * @param min the lowest value it allows ({@code أكثر من 100}: 100; عشرات: 20)
 * @param max the highest value it allows ({@code أكثر من 100}: {@link Double#POSITIVE_INFINITY}; عشرات: 99)
 * @param kind cardinal, ordinal, percent or approximate
 * @param approximate true when hedged (نحو, حوالي, قرابة, أكثر من, أقل من ...) or a range word (عشرات, آلاف)
 */
public record NumberMention(
    String text, int start, int end, double value, double min, double max, NumberKind kind, boolean approximate) {
  /** Validates the span and the range. */
  public NumberMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("bad number span [" + start + ", " + end + ") for '" + text + "'");
    }
    if (!(min <= value && value <= max)) {
      throw new IllegalArgumentException("value " + value + " outside [" + min + ", " + max + "] in '" + text + "'");
    }
  }
}
