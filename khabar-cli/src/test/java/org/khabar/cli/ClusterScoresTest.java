package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pairwise and B-cubed scores of {@code eval clusters}. */
class ClusterScoresTest {
  static final Map<String, String> GOLD = Map.of("a", "1", "b", "1", "c", "2", "d", "2");

  @Test
  void perfectClusteringScoresOne() {
    ClusterScores s = ClusterScores.of(GOLD, Map.of("a", "x", "b", "x", "c", "y", "d", "y"));
    assertEquals(1.0, s.pairF1(), 1e-9);
    assertEquals(1.0, s.bcubedF1(), 1e-9);
  }

  @Test
  void oneClusterForAllHasFullRecallAndLowPrecision() {
    ClusterScores s = ClusterScores.of(GOLD, Map.of("a", "x", "b", "x", "c", "x", "d", "x"));
    assertEquals(1.0, s.pairRecall(), 1e-9);
    assertEquals(2.0 / 6.0, s.pairPrecision(), 1e-9);
    assertEquals(0.5, s.bcubedPrecision(), 1e-9);
    assertEquals(1.0, s.bcubedRecall(), 1e-9);
  }

  @Test
  void missingPredictionsAreSingletons() {
    ClusterScores s = ClusterScores.of(GOLD, Map.of());
    assertEquals(1.0, s.bcubedPrecision(), 1e-9);
    assertEquals(0.5, s.bcubedRecall(), 1e-9);
    assertEquals(0.0, s.pairRecall(), 1e-9);
  }
}
