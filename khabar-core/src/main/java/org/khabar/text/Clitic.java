package org.khabar.text;

import java.util.Objects;

/**
 * One clitic cut off a word.
 *
 * @param form its normalised form: a proclitic {@code و ف ب ك ل س ال} (the article keeps {@code ال} even when
 *     written {@code ل} after ل, as in للحكومة), or a pronoun suffix {@code ه ها هم هما هن ك كم كما كن نا ني ي}
 * @param start the offset of its first character in the analysed word
 * @param end the offset just past its last character (diacritics and tatweel after it included)
 */
public record Clitic(String form, int start, int end) {
  /** Validates the span. */
  public Clitic {
    Objects.requireNonNull(form, "form");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad clitic span [" + start + ", " + end + ")");
    }
  }
}
