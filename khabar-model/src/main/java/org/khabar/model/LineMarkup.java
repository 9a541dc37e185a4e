package org.khabar.model;

import java.util.Objects;

/**
 * How an HTML page rendered one text line: evidence for boilerplate detection.
 *
 * @param tag the block element the line came from ({@code p}, {@code li}, {@code h1}, {@code td} ...)
 * @param path the element's ancestry, outermost first, e.g. {@code body>div.main>article>p}
 * @param linkDensity the share of the line's characters inside {@code <a>} elements, 0 to 1
 */
public record LineMarkup(String tag, String path, double linkDensity) {
  public LineMarkup {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(path, "path");
    if (!(linkDensity >= 0 && linkDensity <= 1)) {
      throw new IllegalArgumentException("linkDensity must be within [0, 1]: " + linkDensity);
    }
  }
}
