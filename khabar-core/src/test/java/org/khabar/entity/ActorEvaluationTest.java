package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-annotated evaluation set (issue #7): table-driven, failures reported by the line of their item. */
class ActorEvaluationTest {

  private static ActorEvaluation.Scores run(String file) throws Exception {
    try (Reader in = new InputStreamReader(
        ActorEvaluationTest.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
      ActorEvaluation set = ActorEvaluation.parse(in, file);
      assertTrue(set.size() >= 20, "at least 20 items");
      return set.score(ActorLinker.standard(), QuantityReader.standard());
    }
  }

  @Test
  void developmentSetHasAtLeastFortyItems() throws Exception {
    assertTrue(run("actors-eval.tsv").items() >= 40);
  }

  @ParameterizedTest
  @ValueSource(strings = {"actors-eval.tsv", "actors-heldout.tsv"})
  void linkingStaysAccurate(String file) throws Exception {
    ActorEvaluation.Scores s = run(file);
    String failures = String.join("\n", s.failures());
    assertTrue(s.linkPrecision() >= 0.95, () -> "link precision " + s.linkPrecision() + "\n" + failures);
    assertTrue(s.linkRecall() >= 0.85, () -> "link recall " + s.linkRecall() + "\n" + failures);
  }

  @ParameterizedTest
  @ValueSource(strings = {"actors-eval.tsv", "actors-heldout.tsv"})
  void quantitiesStayAccurate(String file) throws Exception {
    ActorEvaluation.Scores s = run(file);
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
