package org.khabar.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.LineMarkup;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;

/**
 * Maps one JSON record to a raw article, knowing the field names of common crawlers and corpora:
 *
 * <ul>
 *   <li>news-please: {@code title, maintext, date_publish, authors, source_domain, url}
 *   <li>trafilatura: {@code title, text, date, author, hostname, url}
 *   <li>the ANT corpus: {@code id, url, source, category, title, time, author, abstract, text}
 *   <li>others: {@code content, body, article, headline, published, date_published, datePublished, section,
 *       category, byline, publisher, sitename, link, _id}
 * </ul>
 *
 * <p>The text goes into lines (split at its line breaks; or, when the field holds HTML, rendered as a page is, with
 * line markup); every other field is kept as metadata evidence.
 * Stateless and thread-safe.
 */
final class JsonRecords {
  static final String[] TEXT = {"maintext", "text", "content", "body", "article", "articleBody", "article_body",
      "full_text", "fulltext"};
  /** Used for the text only when no full-text field is there. */
  static final String[] SHORT_TEXT = {"abstract", "summary", "description"};
  static final String[] ID = {"id", "_id", "article_id", "doc_id", "uuid"};
  static final String[] TITLE = {"title", "headline"};
  static final String[] PUBLISHED = {"date_publish", "date_published", "datePublished", "published", "date", "time",
      "pubDate", "publish_date", "published_at"};
  static final String[] AUTHOR = {"authors", "author", "byline", "creator"};
  static final String[] SITE = {"source_domain", "hostname", "sitename", "site_name", "source", "publisher",
      "outlet", "domain"};
  static final String[] SECTION = {"section", "category", "categories", "articleSection"};
  static final String[] URL = {"url", "link", "canonical_url", "source_url"};

  private static final Set<String> LONG_TEXT = Set.of(TEXT);
  private static final int MAX_ID_CHARS = 200;
  private static final int MAX_EXTRA_FIELDS = 40;

  private JsonRecords() {}

  /**
   * The article in one record.
   *
   * @param fallbackId the id when the record has none (the file's base name and the record's line number)
   * @throws InputException when the record is not an object or has no text
   */
  static RawArticle article(JsonNode record, Path file, String fallbackId) throws InputException {
    if (!record.isObject()) {
      throw new InputException("not a JSON object but " + record.getNodeType().name().toLowerCase(
          java.util.Locale.ROOT));
    }
    String textField = firstPresent(record, TEXT);
    if (textField == null) {
      textField = firstPresent(record, SHORT_TEXT);
    }
    if (textField == null) {
      for (String f : TEXT) {
        if (record.has(f)) {
          throw new InputException("empty article text (the field " + f + " is blank)");
        }
      }
      throw new InputException("no article text (none of the fields " + String.join(", ", TEXT) + ")");
    }
    String text = JsonValues.text(record.get(textField));
    if (record.get(textField).isArray()) {
      // Paragraphs given as a list: one line each.
      StringBuilder b = new StringBuilder();
      for (JsonNode p : record.get(textField)) {
        String s = JsonValues.text(p);
        if (s != null) {
          b.append(s).append('\n');
        }
      }
      text = b.toString();
    }
    List<String> lines = Lines.split(text);
    List<LineMarkup> markup = List.of();
    boolean html = HtmlReader.looksLikeHtml(text);
    if (html) {
      // Some crawlers and CMS exports keep the article's HTML: render it as a page is rendered.
      HtmlReader.Rendered rendered = HtmlReader.renderFragment(text);
      lines = rendered.lines();
      markup = rendered.markup();
      if (lines.isEmpty()) {
        throw new InputException("no visible text in the HTML of the field " + textField);
      }
    }
    String id = JsonValues.first(record, ID);
    if (id == null) {
      id = fallbackId;
    } else if (id.length() > MAX_ID_CHARS) {
      id = id.substring(0, MAX_ID_CHARS);
    }
    String url = JsonValues.first(record, URL);
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("text_field", textField);
    if (html) {
      extra.put("text_format", "html");
    }
    for (Map.Entry<String, JsonNode> f : record.properties()) {
      if (extra.size() >= MAX_EXTRA_FIELDS) {
        break;
      }
      if (f.getKey().equals(textField) || LONG_TEXT.contains(f.getKey())) {
        continue;
      }
      String v = JsonValues.text(f.getValue());
      if (v != null) {
        extra.put(f.getKey(), JsonValues.evidence(v));
      }
    }
    ArticleMetadata meta = new ArticleMetadata(
        JsonValues.first(record, TITLE),
        JsonValues.first(record, PUBLISHED),
        JsonValues.first(record, AUTHOR),
        JsonValues.first(record, SITE),
        JsonValues.first(record, SECTION),
        url,
        extra);
    return new RawArticle(id, new SourceRef(file.toString(), url, "jsonl"), lines, markup, meta);
  }

  private static String firstPresent(JsonNode record, String[] fields) {
    for (String f : fields) {
      JsonNode v = record.get(f);
      if (v != null && JsonValues.text(v) != null) {
        return f;
      }
    }
    return null;
  }
}
