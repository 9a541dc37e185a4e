package org.khabar.model;

import java.util.Locale;

/** How a source stands to a proposition. */
public enum Stance {
  ASSERTS,
  DENIES,
  UNCONFIRMED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
