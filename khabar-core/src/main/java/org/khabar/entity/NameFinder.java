package org.khabar.entity;

import java.util.List;
import org.khabar.model.TextLine;

/**
 * Finds the names of persons, places and organisations in Arabic text, with exact offsets into the input lines and
 * proclitics (و ف ب ل ك) left out of the spans.
 *
 * <p>Implementations are thread-safe.
 */
public interface NameFinder {
  /**
   * The names in the lines of one document (an article's content), in line order and by start within a line.
   * Reading the lines together lets the recogniser use how a word is tagged elsewhere in the document. Never throws
   * on any input.
   */
  List<NameSpan> find(List<TextLine> lines);

  /** The names in one line read as a document of its own. */
  default List<NameSpan> find(TextLine line) {
    return find(List.of(line));
  }

  /** The standard finder: the bundled trained model, loaded once. */
  static NameFinder standard() {
    return new ModelNameFinder(NerModel.bundled());
  }

  /** The accurate finder: the perceptron stacked on the neural tagger ({@link NerModel#accurate()}), loaded once. */
  static NameFinder accurate() {
    return new ModelNameFinder(NerModel.accurate());
  }

  /** A finder over a given model (e.g. one just trained). */
  static NameFinder of(NerModel model) {
    return new ModelNameFinder(model);
  }
}
