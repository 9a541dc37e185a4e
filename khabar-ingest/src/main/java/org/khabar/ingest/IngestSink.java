package org.khabar.ingest;

import org.khabar.model.RawArticle;

/** Receives what a corpus reader finds, in input order. Called from the reading thread only. */
public interface IngestSink {
  /** One article was read. */
  void article(RawArticle article);

  /** One input, or one record of it, could not be read; reading goes on. */
  void error(IngestError error);

  /**
   * How many bytes have been read from the disk so far, across all inputs; called before each article and after
   * each file. Compare with {@link CorpusReader#inputBytes(java.util.List)} for
   * progress.
   */
  default void bytesRead(long total) {}
}
