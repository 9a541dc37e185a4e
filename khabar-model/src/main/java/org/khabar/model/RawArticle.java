package org.khabar.model;

import java.util.List;
import java.util.Objects;

/**
 * One article as an input reader found it, before any analysis.
 *
 * @param id the article's id: the file name without extension, or the record's own id
 * @param source where it came from
 * @param lines the decoded text, one entry per line; line {@code n} (1-based) of the contract is {@code lines.get(n - 1)}
 * @param markup for HTML input, how each line was rendered (same size as {@code lines}); empty for plain text
 * @param metadata what the container said about the article
 */
public record RawArticle(
    String id, SourceRef source, List<String> lines, List<LineMarkup> markup, ArticleMetadata metadata) {
  public RawArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    lines = List.copyOf(lines);
    markup = markup == null ? List.of() : List.copyOf(markup);
    metadata = metadata == null ? ArticleMetadata.EMPTY : metadata;
    if (!markup.isEmpty() && markup.size() != lines.size()) {
      throw new IllegalArgumentException(
          "markup has " + markup.size() + " entries for " + lines.size() + " lines in " + id);
    }
  }

  /** Returns line {@code number} (1-based). */
  public String line(int number) {
    return lines.get(number - 1);
  }
}
