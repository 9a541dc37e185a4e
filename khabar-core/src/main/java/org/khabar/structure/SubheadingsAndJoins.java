package org.khabar.structure;

import static org.khabar.structure.PageWords.startsWithWaw;

import java.util.List;
import org.khabar.model.LineRole;

/**
 * The content's inner shape, decided last: subheadings among the content lines, and sentences broken across lines
 * ({@code joined_with}).
 *
 * <p>Stateless and thread-safe: a pass changes only the lines of the one page it is given.
 */
final class SubheadingsAndJoins {
  private SubheadingsAndJoins() {}

  static void markSubheadings(List<PageLine> lines) {
    PageLine prev = null;
    boolean seenContent = false;
    for (int i = 0; i < lines.size(); i++) {
      PageLine l = lines.get(i);
      if (l.blank) {
        continue;
      }
      if (l.role == LineRole.CONTENT && seenContent && l.wordCount >= 1 && l.wordCount <= 10 && !l.endsFinal
          && !l.endsColon && !l.endsFunctionWord && l.arabicShare >= 0.5 && l.digitWordShare < 0.5 && prev != null
          && prev.role == LineRole.CONTENT && prev.endsFinal) {
        PageLine next = nextNonBlank(lines, i);
        if (next != null && next.role == LineRole.CONTENT && next.wordCount > l.wordCount) {
          l.role = LineRole.SUBHEADING;
        }
      }
      if (l.role == LineRole.CONTENT) {
        seenContent = true;
      }
      prev = l;
    }
  }

  private static boolean opensSentence(PageLine l) {
    String t = l.text.strip();
    if (t.isEmpty()) {
      return true;
    }
    char c = t.charAt(0);
    return startsWithWaw(l) || "\"«“'-–—•*(".indexOf(c) >= 0 || Character.isDigit(c);
  }

  private static PageLine nextNonBlank(List<PageLine> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).blank) {
        return lines.get(j);
      }
    }
    return null;
  }

  static void markJoins(List<PageLine> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      PageLine l = lines.get(i);
      PageLine next = lines.get(i + 1);
      // A sentence broken across lines: no final punctuation, long enough to be prose, and the very next line
      // goes on with more content (a blank line in between is a paragraph break, not a broken sentence).
      if (l.role != LineRole.CONTENT || next.role != LineRole.CONTENT || l.endsFinal || l.endsColon) {
        continue;
      }
      // A line ending on a preposition or conjunction always goes on; otherwise the next line must not open a
      // sentence of its own (wa- + word, a quote, a dash or a list number), as Arabic has no capitals to tell.
      if (l.endsFunctionWord || (l.wordCount >= 6 && !opensSentence(next))) {
        l.joinedWith = next.index + 1;
      }
    }
  }
}
