package org.khabar.entity;

import java.util.ArrayList;
import java.util.List;
import org.khabar.model.TextLine;

/**
 * A content line with its words, so that the stage's parts tokenize each line once.
 *
 * @param number the 1-based input line number
 * @param text the line as written
 * @param tokens its words
 */
record TokenizedLine(int number, String text, Token[] tokens) {
  static List<TokenizedLine> of(List<TextLine> content) {
    List<TokenizedLine> out = new ArrayList<>(content.size());
    for (TextLine l : content) {
      out.add(new TokenizedLine(l.number(), l.text(), Token.tokenize(l.text())));
    }
    return out;
  }
}
