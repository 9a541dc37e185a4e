package org.khabar.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits decoded text into the lines that the contract numbers from 1. */
final class Lines {
  private Lines() {}

  /**
   * Splits on {@code \r\n}, {@code \r} and {@code \n}. A final line break does not open an empty last line, so a
   * file ending with a newline has as many lines as an editor shows.
   */
  static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** The id a file gives its article: the file name without {@code .gz} and the format's extension. */
  static String baseName(String fileName) {
    String name = fileName;
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
