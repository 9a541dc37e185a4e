/**
 * Readers: files and directories of plain text, HTML, JSON Lines and WARC (each optionally gzipped) into
 * {@link org.khabar.model.RawArticle raw articles}, with every bad input reported as an
 * {@link org.khabar.ingest.IngestError} while reading goes on.
 *
 * <p>The public surface is {@link org.khabar.ingest.CorpusReader}, {@link org.khabar.ingest.IngestSink} and
 * {@link org.khabar.ingest.IngestError}; the format readers behind them are package-private. Reading streams: no
 * reader holds more than one document (or one JSON line, or one WARC record) at a time.
 */
package org.khabar.ingest;
