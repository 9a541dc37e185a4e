package org.khabar.structure;

import static org.khabar.structure.EdgeCohesion.EDGE_REST_LINES;
import static org.khabar.structure.EdgeCohesion.EDGE_REST_WORDS;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The page's open lines (those no pass has given a role yet), in page order, as they stand when a pass takes them,
 * with the words of every stretch of them counted once (suffix sums): the passes' one view of "the article above or
 * below a line" and of the rest-of-page condition ({@link #restHolds}: {@link EdgeCohesion#EDGE_REST_LINES} open lines
 * and {@link EdgeCohesion#EDGE_REST_WORDS} words). A snapshot: the lines a pass marks stay in it; a later pass takes a
 * new one. Unmodifiable; owned by one pass over one page.
 */
final class OpenLines extends AbstractList<PageLine> implements RandomAccess {
  private final List<PageLine> lines;
  /** {@code wordsFrom[i]}: the words of open lines {@code i} to the last; {@code wordsFrom[size()] == 0}. */
  private final int[] wordsFrom;

  private OpenLines(List<PageLine> lines) {
    this.lines = lines;
    this.wordsFrom = new int[lines.size() + 1];
    for (int i = lines.size() - 1; i >= 0; i--) {
      wordsFrom[i] = wordsFrom[i + 1] + lines.get(i).wordCount;
    }
  }

  /** The lines of {@code nonBlank} without a role, now. */
  static OpenLines of(List<PageLine> nonBlank) {
    List<PageLine> open = new ArrayList<>();
    for (PageLine l : nonBlank) {
      if (l.role == null) {
        open.add(l);
      }
    }
    return new OpenLines(open);
  }

  @Override
  public PageLine get(int i) {
    return lines.get(i);
  }

  @Override
  public int size() {
    return lines.size();
  }

  /** The words of open lines {@code from} (inclusive) to {@code to} (exclusive). */
  int words(int from, int to) {
    return wordsFrom[from] - wordsFrom[to];
  }

  /** The words of the open lines after line {@code j}. */
  int wordsBelow(int j) {
    return wordsFrom[j + 1];
  }

  /**
   * Enough article in open lines {@code from} to {@code to} (exclusive) to measure an edge line against it: {@link
   * EdgeCohesion#EDGE_REST_LINES} lines or more holding {@link EdgeCohesion#EDGE_REST_WORDS} words or more.
   */
  boolean restHolds(int from, int to) {
    return to - from >= EDGE_REST_LINES && words(from, to) >= EDGE_REST_WORDS;
  }
}
