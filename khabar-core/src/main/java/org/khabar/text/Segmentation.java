package org.khabar.text;

import java.util.List;
import java.util.Objects;

/**
 * A word cut into proclitics, stem and pronoun suffix. Offsets are within {@link #word()}; add the token's start for
 * offsets in the line.
 *
 * <p>{@code وبالحكومة} is proclitics و [0,1) ب [1,2) ال [2,4), stem حكومة [4,9), no enclitic.
 *
 * @param word the analysed word as written
 * @param proclitics the proclitics in order (conjunction, preposition or future, article), possibly empty
 * @param stemStart the offset of the stem's first character
 * @param stemEnd the offset just past the stem (equal to {@code stemStart} for a bare preposition and pronoun, له)
 * @param enclitic the pronoun suffix, or {@code null}
 */
public record Segmentation(String word, List<Clitic> proclitics, int stemStart, int stemEnd, Clitic enclitic) {
  /** Validates the spans: in order and inside the word. */
  public Segmentation {
    Objects.requireNonNull(word, "word");
    proclitics = List.copyOf(proclitics);
    int at = 0;
    for (Clitic c : proclitics) {
      if (c.start() < at) {
        throw new IllegalArgumentException("proclitics out of order in " + word);
      }
      at = c.end();
    }
    if (stemStart < at || stemEnd < stemStart || stemEnd > word.length()
        || (enclitic != null && (enclitic.start() < stemEnd || enclitic.end() > word.length()))) {
      throw new IllegalArgumentException("bad segmentation of '" + word + "': stem [" + stemStart + ", " + stemEnd
          + ")");
    }
  }

  /** The word left whole. */
  public static Segmentation whole(String word) {
    return new Segmentation(word, List.of(), 0, word.length(), null);
  }

  /** The stem as written. */
  public String stem() {
    return word.substring(stemStart, stemEnd);
  }

  /** True when nothing was cut off. */
  public boolean isWhole() {
    return proclitics.isEmpty() && enclitic == null;
  }

  /**
   * Where the word proper starts: at the article if there is one, else at the stem; {@code word.substring(baseStart(),
   * stemEnd())} of والحكومة is الحكومة, the form a name or term is listed under.
   */
  public int baseStart() {
    for (Clitic c : proclitics) {
      if (c.form().equals("ال")) {
        return c.start();
      }
    }
    return stemStart;
  }
}
