package org.khabar.ingest;

import org.khabar.model.RawArticle;

/** Receives what a corpus reader finds, in input order. */
public interface IngestSink {
  /** One article was read. */
  void article(RawArticle article);

  /** One input, or one record of it, could not be read; reading goes on. */
  void error(IngestError error);
}
