package org.khabar.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Monroe et al. (2008) log-odds ratio with an informative Dirichlet prior on toy counts. */
class LogOddsTest {
  // Term ids: 0 regime, 1 government, 2 shelling, 3 city, 4 a word seen once.
  static final Map<Integer, Integer> A = Map.of(0, 20, 2, 10, 3, 10, 4, 1);
  static final Map<Integer, Integer> B = Map.of(1, 20, 2, 10, 3, 10);

  static Map<Integer, Integer> sum(Map<Integer, Integer> x, Map<Integer, Integer> y) {
    Map<Integer, Integer> m = new HashMap<>(x);
    y.forEach((k, v) -> m.merge(k, v, Integer::sum));
    return m;
  }

  @Test
  void wordOnlyOneSideUsesRanksFirst() {
    List<LogOdds.Scored> ranked = LogOdds.rank(A, B, sum(A, B), 10, 10, 1);
    assertEquals(0, ranked.get(0).term());
    assertTrue(ranked.get(0).z() > 1.96, "significant: " + ranked.get(0).z());
  }

  @Test
  void sharedWordsScoreNearZero() {
    for (LogOdds.Scored s : LogOdds.rank(A, B, sum(A, B), 10, 10, 1)) {
      if (s.term() == 2 || s.term() == 3) {
        assertTrue(Math.abs(s.z()) < 1.0, "term " + s.term() + " z " + s.z());
      }
    }
  }

  @Test
  void priorShrinksARareWordBelowAFrequentOne() {
    List<LogOdds.Scored> ranked = LogOdds.rank(A, B, sum(A, B), 10, 10, 1);
    double regime = ranked.stream().filter(s -> s.term() == 0).findFirst().orElseThrow().z();
    double rare = ranked.stream().filter(s -> s.term() == 4).findFirst().orElseThrow().z();
    assertTrue(rare < regime, rare + " < " + regime);
  }

  @Test
  void minimumCountFiltersRareWords() {
    assertTrue(LogOdds.rank(A, B, sum(A, B), 10, 10, 2).stream().noneMatch(s -> s.term() == 4));
  }

  @Test
  void emptyBackgroundGivesNothing() {
    assertTrue(LogOdds.rank(A, B, Map.of(), 10, 10, 1).isEmpty());
  }
}
