package org.khabar.structure;

import java.util.List;
import org.khabar.model.LineAnnotation;
import org.khabar.model.Publisher;
import org.khabar.model.TextLine;

/**
 * What the structure stage found: the article's parts and the role of every line.
 *
 * @param title the headline, or {@code null}
 * @param section the section, or {@code null}
 * @param byline the byline or dateline, or {@code null}
 * @param publisher the publisher, or {@code null} when unknown
 * @param lines the role of every input line
 * @param body the clean text, paragraphs separated by blank lines
 * @param content the content lines in order, as the later stages read them
 * @param flags conditions worth a reader's attention
 */
public record ArticleStructure(
    String title,
    String section,
    String byline,
    Publisher publisher,
    List<LineAnnotation> lines,
    String body,
    List<TextLine> content,
    List<String> flags) {
  public ArticleStructure {
    lines = List.copyOf(lines);
    content = List.copyOf(content);
    flags = List.copyOf(flags);
  }
}
