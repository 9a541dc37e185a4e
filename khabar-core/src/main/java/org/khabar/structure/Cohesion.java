package org.khabar.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.khabar.text.AffixStemmer;
import org.khabar.text.BackgroundFrequencies;

/**
 * Topical cohesion of a line with the rest of its article: the IDF-weighted share of the line's terms (light stems,
 * names and numbers kept) that a reference text also uses. Document frequencies: the corpus stage's shipped
 * background table ({@link BackgroundFrequencies#standard()}: terms of 31,525 ant-2018 articles in matching-key
 * spelling, light-stemmed as below). Immutable and thread-safe.
 */
final class Cohesion {
  private static final Cohesion STANDARD = new Cohesion(BackgroundFrequencies.standard());

  private final BackgroundFrequencies table;

  /** Cohesion weighted by {@code table} (every term weighs 1 when it counts no documents). */
  Cohesion(BackgroundFrequencies table) {
    this.table = table;
  }

  /** The shipped background table's weights (every term weighs 1 when the table is absent). */
  static Cohesion standard() {
    return STANDARD;
  }

  /** The light stems of matching-key words: words of two letters or more, digits kept. */
  static Set<String> terms(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (w.length() >= 2) {
        out.add(AffixStemmer.stem(w));
      }
    }
    return out;
  }

  /** {@code ln((N + 1) / (df + 1))}: near 0 for a word in nearly every article, 1 for every term without a table. */
  double idf(String term) {
    int documents = table.documents();
    if (documents == 0) {
      return 1;
    }
    int d = Math.min(documents, table.df(term));
    return Math.log((documents + 1.0) / (d + 1.0));
  }

  /** The IDF-weighted share of {@code mine} found in {@code ref}; 1 for a line without a weighted term. */
  double score(Set<String> mine, Set<String> ref) {
    return score(mine, ref::contains);
  }

  /** The IDF-weighted share of {@code mine} that {@code ref} holds; 1 for a line without a weighted term. */
  double score(Set<String> mine, Predicate<String> ref) {
    double all = 0;
    double shared = 0;
    for (String t : mine) {
      double w = idf(t);
      all += w;
      if (ref.test(t)) {
        shared += w;
      }
    }
    return all <= 0 ? 1 : shared / all;
  }
}
