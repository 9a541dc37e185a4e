package org.khabar.quote;

import java.util.ArrayList;
import java.util.List;
import org.khabar.model.EntityMention;
import org.khabar.model.Quote;
import org.khabar.model.TextLine;
import org.khabar.structure.ArticleStructure;

/** Test helper: runs the standard quote analyser on content lines numbered from 1. */
final class Quotes {
  private Quotes() {}

  static ArticleStructure structure(String... lines) {
    List<TextLine> content = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      content.add(new TextLine(i + 1, lines[i]));
    }
    return new ArticleStructure(null, null, null, null, List.of(), String.join("\n\n", lines), content, List.of());
  }

  static List<Quote> analyze(String... lines) {
    return QuoteAnalyzer.standard().analyze(structure(lines), List.of());
  }

  static List<Quote> analyze(List<EntityMention> entities, String... lines) {
    return QuoteAnalyzer.standard().analyze(structure(lines), entities);
  }
}
