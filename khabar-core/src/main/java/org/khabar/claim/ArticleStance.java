package org.khabar.claim;

import java.util.Locale;

/** How a whole article stands to a claim (the four classes of Baly et al. 2018 and AraStance). */
public enum ArticleStance {
  AGREE,
  DISAGREE,
  DISCUSS,
  UNRELATED;

  /** The lower-case name used in data files and output. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name; throws {@link IllegalArgumentException} naming the bad value. */
  public static ArticleStance parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("not a stance (agree, disagree, discuss, unrelated): " + s);
    }
  }
}
