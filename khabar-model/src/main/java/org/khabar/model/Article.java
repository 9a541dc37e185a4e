package org.khabar.model;

import java.util.List;
import java.util.Objects;

/**
 * One analysed article: the {@code articles.jsonl} record of the contract.
 *
 * @param id the article's id
 * @param source where it came from
 * @param title the headline, or {@code null}
 * @param section the section, or {@code null}
 * @param byline the byline or dateline, or {@code null}
 * @param publisher who published it, or {@code null} when unknown
 * @param published when it was published
 * @param lines the role of every input line, in order
 * @param body the clean text, paragraphs separated by blank lines
 * @param entities named entities
 * @param dates temporal expressions
 * @param quantities numbers with what they count
 * @param quotes what sources said
 * @param claims propositions with their stance
 * @param flags conditions worth a reader's attention, e.g. {@code no_content}
 */
public record Article(
    String id,
    SourceRef source,
    String title,
    String section,
    String byline,
    Publisher publisher,
    Published published,
    List<LineAnnotation> lines,
    String body,
    List<EntityMention> entities,
    List<DateMention> dates,
    List<Quantity> quantities,
    List<Quote> quotes,
    List<Claim> claims,
    List<String> flags) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(body, "body");
    lines = List.copyOf(lines);
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    quantities = List.copyOf(quantities);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
    flags = List.copyOf(flags);
  }
}
