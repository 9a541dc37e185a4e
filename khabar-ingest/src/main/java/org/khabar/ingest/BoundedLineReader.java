package org.khabar.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()}, but never holds more than a set number of characters:
 * a longer line is skipped to its end and reported, so one runaway record cannot exhaust memory.
 */
final class BoundedLineReader {
  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private boolean skipLf;
  private boolean tooLong;
  private boolean terminated;

  BoundedLineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line without its terminator, or {@code null} at the end; check {@link #tooLong()} after each. */
  String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    tooLong = false;
    terminated = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return any ? finish(line) : null;
        }
      }
      char c = buf[pos++];
      if (skipLf) {
        skipLf = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      if (c == '\n') {
        terminated = true;
        return finish(line);
      }
      if (c == '\r') {
        skipLf = true;
        terminated = true;
        return finish(line);
      }
      if (line.length() < maxChars) {
        line.append(c);
      } else {
        tooLong = true;
      }
    }
  }

  /** Whether the last line read was longer than the limit (and so was cut). */
  boolean tooLong() {
    return tooLong;
  }

  /** Whether the last line read ended with a line break (the last line of a file may not). */
  boolean terminated() {
    return terminated;
  }

  private String finish(StringBuilder line) {
    return tooLong ? "" : line.toString();
  }
}
