package org.khabar.text;

/**
 * A span {@code [start, end)} of a text.
 *
 * @param start the offset of the first character
 * @param end the offset just past the last character
 */
public record Span(int start, int end) {
  /** Validates the span. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** The characters of {@code text} in this span. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** The number of characters in the span. */
  public int length() {
    return end - start;
  }
}
