package org.khabar.model;

import java.util.Locale;

/** What an input line is, as the contract names it. */
public enum LineRole {
  TITLE,
  SECTION,
  BYLINE,
  SUBHEADING,
  CONTENT,
  BOILERPLATE,
  DUPLICATE,
  BLANK;

  /** The contract's name for this role, e.g. {@code content}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a contract name such as {@code boilerplate}. */
  public static LineRole fromWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
