package org.khabar.entity;

import java.util.List;
import org.khabar.model.TextLine;

/**
 * Finds the names of persons, places and organisations in a line of Arabic text, with exact offsets into the line
 * and proclitics (و ف ب ل ك) left out of the spans.
 *
 * <p>Implementations are thread-safe.
 */
public interface NameFinder {
  /** The names in one line, in order of their start. Never throws on any input. */
  List<NameSpan> find(TextLine line);

  /** The standard finder: the bundled trained model, loaded once. */
  static NameFinder standard() {
    return new ModelNameFinder(NerModel.bundled());
  }

  /** A finder over a given model (e.g. one just trained). */
  static NameFinder of(NerModel model) {
    return new ModelNameFinder(model);
  }
}
