package org.khabar.model;

import java.util.Map;

/**
 * What the container of an article says about it (HTML meta tags, JSON-LD, JSON fields, WARC headers): evidence
 * for the later stages, never trusted blindly. Every field may be {@code null}.
 *
 * @param title the headline given by the container
 * @param published the publication time as written by the container (any format)
 * @param author the author or byline field
 * @param siteName the site or outlet name ({@code og:site_name}, JSON-LD publisher, {@code source})
 * @param section the category or section
 * @param url the canonical URL
 * @param extra other fields kept as evidence, by name
 */
public record ArticleMetadata(
    String title,
    String published,
    String author,
    String siteName,
    String section,
    String url,
    Map<String, String> extra) {

  /** Metadata that says nothing. */
  public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null, Map.of());

  public ArticleMetadata {
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }
}
