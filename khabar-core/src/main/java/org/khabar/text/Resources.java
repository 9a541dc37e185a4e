package org.khabar.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The text package's knowledge files, read by {@link KnowledgeFile}.
 */
final class Resources {
  private Resources() {}

  /** The non-comment lines of resource {@code name} (next to this class), trimmed. */
  static List<String> lines(String name) {
    return KnowledgeFile.lines(Resources.class, name);
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
