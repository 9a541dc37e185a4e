package org.khabar.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term ids and document frequencies of the corpus seen so far; the IDF of a term is
 * {@code ln((N + 1) / (df + 1)) + 1}, with {@code N} and {@code df} counting every article added so far (the
 * current one included), as in online news clustering (Miranda et al. 2018). Not thread-safe.
 */
final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> surfaces = new ArrayList<>();
  private int[] df = new int[1024];
  private int documents;

  /** The id of {@code term}, created when new; {@code surface} is remembered as its display form. */
  int id(String term, String surface) {
    Integer id = ids.get(term);
    if (id == null) {
      id = surfaces.size();
      ids.put(term, id);
      surfaces.add(surface);
      if (id == df.length) {
        df = Arrays.copyOf(df, df.length * 2);
      }
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
    return Math.log((documents + 1.0) / (df[id] + 1.0)) + 1.0;
  }

  /** The display form of a term. */
  String surface(int id) {
    return surfaces.get(id);
  }
}
