package org.khabar.claim;

import java.util.Objects;

/**
 * A sentence that decides a verdict.
 *
 * @param line the 1-based input line it comes from
 * @param sentence the sentence as written
 * @param similarity the share of the claim's IDF-weighted content it covers, 0 to 1
 */
public record Evidence(int line, String sentence, double similarity) {
  public Evidence {
    Objects.requireNonNull(sentence, "sentence");
    if (line < 1) {
      throw new IllegalArgumentException("line numbers are 1-based: " + line);
    }
  }
}
