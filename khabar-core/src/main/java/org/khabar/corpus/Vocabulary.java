package org.khabar.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.text.BackgroundFrequencies;

/**
 * Term ids and document frequencies of the corpus seen so far; the IDF of a term is
 * {@code ln((s * B + N + 1) / (s * bdf + df + 1)) + 1}, with {@code N} and {@code df} counting every article added so far
 * (the current one included), as in online news clustering (Miranda et al. 2018), and {@code B}, {@code bdf} those
 * of the background table, scaled by {@code s} so that it weighs as a given number of documents: IDF is meaningful
 * from the first article and the corpus's own statistics take over as it grows. Not thread-safe.
 */
final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> surfaces = new ArrayList<>();
  private int[] df = new int[1024];
  private int[] backgroundDf = new int[1024];
  private int documents;
  private final BackgroundFrequencies background;

  private final double scale;

  Vocabulary(BackgroundFrequencies background, int backgroundDocs) {
    this.background = background;
    this.scale = background.documents() == 0 ? 0 : Math.min(1.0, backgroundDocs / (double) background.documents());
  }

  /** The id of {@code term}, created when new; {@code surface} is remembered as its display form. */
  int id(String term, String surface) {
    Integer id = ids.get(term);
    if (id == null) {
      id = surfaces.size();
      ids.put(term, id);
      surfaces.add(surface);
      if (id == df.length) {
        df = Arrays.copyOf(df, df.length * 2);
        backgroundDf = Arrays.copyOf(backgroundDf, backgroundDf.length * 2);
      }
      backgroundDf[id] = background.df(term);
    }
    return id;
  }

  /** The id of {@code term}, or -1 when it was never seen. */
  int find(String term) {
    return ids.getOrDefault(term, -1);
  }

  /** Counts one more document containing each of the distinct ids. */
  void countDocument(Iterable<Integer> distinctIds) {
    documents++;
    for (int id : distinctIds) {
      df[id]++;
    }
  }

  double idf(int id) {
    return Math.log((scale * background.documents() + documents + 1.0) / (scale * backgroundDf[id] + df[id] + 1.0))
        + 1.0;
  }

  /** The display form of a term. */
  String surface(int id) {
    return surfaces.get(id);
  }
}
