package org.khabar.model;

import java.util.Locale;

/** Whether a quote is verbatim or reported. */
public enum QuoteKind {
  DIRECT,
  REPORTED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
