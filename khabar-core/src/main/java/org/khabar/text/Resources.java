package org.khabar.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Loads the text package's knowledge files from the class path. Each file starts with a {@code #} header naming its
 * source; lines starting with {@code #} and blank lines are skipped.
 */
final class Resources {
  private Resources() {}

  /** The non-comment lines of resource {@code name} (next to this class), trimmed. */
  static List<String> lines(String name) {
    InputStream in = Resources.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing class-path resource org/khabar/text/" + name);
    }
    List<String> out = new ArrayList<>();
    try (in;
        BufferedReader r = new BufferedReader(new InputStreamReader(
            name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && t.charAt(0) != '#') {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/khabar/text/" + name, e);
    }
    return out;
  }

  /** The matching keys of the lines of resource {@code name}. */
  static Set<String> keySet(String name) {
    Set<String> out = new HashSet<>();
    for (String line : lines(name)) {
      out.add(ArabicText.matchKey(line));
    }
    return Set.copyOf(out);
  }
}
