package org.khabar.corpus;

import java.util.Locale;
import java.util.Optional;

/** How an article or outlet leans between a government and its armed or political opposition. */
public enum Leaning {
  PRO_GOVERNMENT,
  OPPOSITION,
  NEUTRAL,
  UNKNOWN;

  /** The contract's spelling: {@code pro-government}, {@code opposition}, {@code neutral}, {@code unknown}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The leaning spelled {@code s} (contract spelling, case and {@code _}/{@code -} ignored), if any. */
  public static Optional<Leaning> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String k = s.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Leaning l : values()) {
      if (l.name().equals(k)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
