package org.khabar.text;

import java.util.Objects;

/**
 * One token of a text, with its exact span in the text it was cut from.
 *
 * @param text the token's characters, exactly as in the input ({@code input.substring(start, end)})
 * @param start the offset of its first character in the input
 * @param end the offset just past its last character
 * @param type what kind of token it is
 */
public record Token(String text, int start, int end, TokenType type) {
  /** Validates the span against the text. */
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ") for '" + text + "'");
    }
  }
}
