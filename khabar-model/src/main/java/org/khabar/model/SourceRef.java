package org.khabar.model;

import java.util.Objects;

/**
 * Where an article came from.
 *
 * @param path the file it was read from, as given on the command line
 * @param url the page's URL when known, else {@code null}
 * @param format the input format: {@code txt}, {@code html}, {@code jsonl} or {@code warc}
 */
public record SourceRef(String path, String url, String format) {
  public SourceRef {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
  }
}
