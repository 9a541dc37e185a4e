package org.khabar.structure;

import java.util.ArrayList;
import java.util.List;
import org.khabar.model.LineAnnotation;
import org.khabar.model.LineRole;
import org.khabar.model.RawArticle;
import org.khabar.model.TextLine;

/** Baseline: every non-blank line is content. Issue #5 replaces it with real line-role analysis. */
final class LineRoleAnalyzer implements StructureAnalyzer {
  @Override
  public ArticleStructure analyze(RawArticle article) {
    List<LineAnnotation> roles = new ArrayList<>();
    List<TextLine> content = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < article.lines().size(); i++) {
      String text = article.lines().get(i);
      boolean blank = text.isBlank();
      roles.add(new LineAnnotation(i + 1, blank ? LineRole.BLANK : LineRole.CONTENT, null, null));
      if (!blank) {
        content.add(new TextLine(i + 1, text));
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(text.strip());
      }
    }
    return new ArticleStructure(
        article.metadata().title(), article.metadata().section(), null, null, roles, body.toString(), content,
        content.isEmpty() ? List.of("no_content") : List.of());
  }
}
