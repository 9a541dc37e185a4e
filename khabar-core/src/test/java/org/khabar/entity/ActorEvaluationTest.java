package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hand-annotated evaluation set (issue #7): table-driven, failures reported by the line of their item. */
class ActorEvaluationTest {

  private static ActorEvaluation.Scores run() throws Exception {
    try (Reader in = new InputStreamReader(
        ActorEvaluationTest.class.getResourceAsStream("actors-eval.tsv"), StandardCharsets.UTF_8)) {
      ActorEvaluation set = ActorEvaluation.parse(in, "actors-eval.tsv");
      assertTrue(set.size() >= 40, "at least 40 items");
      return set.score(ActorLinker.standard(), QuantityReader.standard());
    }
  }

  @Test
  void linkingStaysAccurate() throws Exception {
    ActorEvaluation.Scores s = run();
    String failures = String.join("\n", s.failures());
    assertTrue(s.linkPrecision() >= 0.95, () -> "link precision " + s.linkPrecision() + "\n" + failures);
    assertTrue(s.linkRecall() >= 0.85, () -> "link recall " + s.linkRecall() + "\n" + failures);
  }

  @Test
  void quantitiesStayAccurate() throws Exception {
    ActorEvaluation.Scores s = run();
    String failures = String.join("\n", s.failures());
    assertTrue(s.quantityRecall() >= 0.85, () -> "quantity recall " + s.quantityRecall() + "\n" + failures);
    assertTrue(s.quantityPrecision() >= 0.9, () -> "quantity precision " + s.quantityPrecision() + "\n" + failures);
    assertTrue(s.valueAccuracy() >= 0.95, () -> "value accuracy " + s.valueAccuracy() + "\n" + failures);
  }

  @Test
  void malformedLineIsReportedWithItsNumber() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ActorEvaluation.parse(new java.io.StringReader("T\tنص\nA\tفقط\n"), "x.tsv"));
    assertEquals("x.tsv:2: expected 3 tab-separated fields", e.getMessage());
  }
}
