package org.khabar.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.khabar.model.ArticleMetadata;
import org.khabar.model.RawArticle;
import org.khabar.model.SourceRef;

/**
 * Reads a plain-text file as one article: its encoding detected ({@link TextDecoding}), its lines numbered from 1
 * on the decoded text. Stateless and thread-safe.
 */
final class PlainTextReader {
  /** The largest text file read as one article, in bytes. */
  static final int MAX_BYTES = 64 << 20;

  private PlainTextReader() {}

  /** The article in a text file's bytes. */
  static RawArticle article(byte[] bytes, Path file) throws InputException {
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    if (decoded.text().isBlank()) {
      throw new InputException("empty file (only white space)");
    }
    List<String> lines = Lines.split(decoded.text());
    String id = Lines.baseName(file.getFileName().toString());
    return new RawArticle(id, new SourceRef(file.toString(), null, "txt"), lines, List.of(),
        new ArticleMetadata(null, null, null, null, null, null, Map.of("encoding", decoded.charset())));
  }
}
