package org.khabar.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khabar.model.RawArticle;

/** A sink that keeps what it gets, for tests. */
final class Collected implements IngestSink {
  final List<RawArticle> articles = new ArrayList<>();
  final List<IngestError> errors = new ArrayList<>();
  long bytes;

  static Collected read(Path... paths) {
    Collected c = new Collected();
    new CorpusReader().read(List.of(paths), c);
    return c;
  }

  @Override
  public void article(RawArticle article) {
    articles.add(article);
  }

  @Override
  public void error(IngestError error) {
    errors.add(error);
  }

  @Override
  public void bytesRead(long total) {
    bytes = total;
  }

  RawArticle only() {
    if (articles.size() != 1 || !errors.isEmpty()) {
      throw new AssertionError("expected one article and no error, got " + articles.size() + " and " + errors);
    }
    return articles.get(0);
  }

  IngestError onlyError() {
    if (errors.size() != 1) {
      throw new AssertionError("expected one error, got " + errors);
    }
    return errors.get(0);
  }
}
