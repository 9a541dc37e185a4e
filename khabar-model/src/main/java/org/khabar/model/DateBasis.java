package org.khabar.model;

import java.util.Locale;

/** How a publication date was determined. */
public enum DateBasis {
  /** The container's metadata gave it. */
  METADATA,
  /** The text states the day explicitly. */
  EXPLICIT,
  /** Relative expressions and weekdays constrain it. */
  RELATIVE,
  /** Dated articles of the same story anchor it. */
  CORPUS,
  /** Nothing determines it. */
  UNKNOWN;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
