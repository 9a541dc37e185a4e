package org.khabar.model;

/** Validation of line spans shared by every extracted fact. */
final class Spans {
  private Spans() {}

  static void check(int line, int start, int end) {
    if (line < 1) {
      throw new IllegalArgumentException("line numbers are 1-based: " + line);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") on line " + line);
    }
  }
}
