package org.khabar.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The attribution evaluation set and its scores (issue #8). */
class AttributionEvaluationTest {

  private static AttributionEvaluation shipped() throws IOException {
    try (Reader r = new InputStreamReader(
        AttributionEvaluationTest.class.getResourceAsStream("attribution-eval.tsv"), StandardCharsets.UTF_8)) {
      return AttributionEvaluation.parse(r, "attribution-eval.tsv");
    }
  }

  private static AttributionEvaluation shippedReal() throws IOException {
    try (Reader r = new InputStreamReader(
        AttributionEvaluationTest.class.getResourceAsStream("attribution-real.tsv"), StandardCharsets.UTF_8)) {
      return AttributionEvaluation.parse(r, "attribution-real.tsv");
    }
  }

  @Test
  void realSetHoldsSixtyFourRandomSentencesInTwoHalves() throws IOException {
    AttributionEvaluation real = shippedReal();
    assertEquals(32, real.score("real-dev").items());
    assertEquals(32, real.score("real-test").items());
  }

  @Test
  void realTestSplitAlsoTakesTheFirstRandomSentences() throws IOException {
    AttributionEvaluation both = AttributionEvaluation.merge(java.util.List.of(shipped(), shippedReal()));
    assertEquals(shipped().score("real").items() + 32, both.score("real-test").items());
  }

  @Test
  void holdoutSetParsesWithIdsOfItsOwn() throws IOException {
    try (Reader r = new InputStreamReader(
        AttributionEvaluationTest.class.getResourceAsStream("attribution-holdout.tsv"), StandardCharsets.UTF_8)) {
      AttributionEvaluation holdout = AttributionEvaluation.parse(r, "attribution-holdout.tsv");
      AttributionEvaluation.merge(java.util.List.of(shipped(), shippedReal(), holdout)); // throws on a shared id
      assertTrue(holdout.toString().contains("40 items"), holdout.toString());
    }
  }

  /** Each blind set: its items in its own split, none in the split before it, no id shared with the other sets. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "attribution-blind2.tsv, real-blind2, 42, real-test",
      "attribution-blind3.tsv, real-blind3, 60, real-blind2",
      "attribution-blind4.tsv, real-blind4, 60, real-blind3",
      "attribution-blind5.tsv, real-blind5, 60, real-blind4"})
  void blindSetParsesWithIdsOfItsOwnInItsOwnSplit(String file, String split, int items, String previousSplit)
      throws IOException {
    try (Reader r = new InputStreamReader(
        AttributionEvaluationTest.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
      AttributionEvaluation blind = AttributionEvaluation.parse(r, file);
      AttributionEvaluation.merge(java.util.List.of(shipped(), shippedReal(), blind)); // throws on a shared id
      assertEquals(items, blind.score(split).items());
      assertEquals(0, blind.score(previousSplit).items());
    }
  }

  @Test
  void mergeRejectsAnIdUsedTwice() throws IOException {
    AttributionEvaluation set = shipped();
    assertThrows(IllegalArgumentException.class, () -> AttributionEvaluation.merge(java.util.List.of(set, set)));
  }

  @Test
  void realDevSplitStaysAboveTheMeasuredLevel() throws IOException {
    // regression guard on the random sentences used for error analysis: measured 1.00 speaker recall, 0.99 content F1
    AttributionEvaluation.Scores s = shippedReal().score("real-dev");
    assertTrue(s.contentF1() >= 0.9, "content F1 " + s.contentF1() + " " + s.failures());
    assertTrue(s.speakerRecallHead() >= 0.9, "speaker recall " + s.speakerRecallHead() + " " + s.failures());
    assertTrue(s.speakerPrecisionHead() >= 0.9, "speaker precision " + s.speakerPrecisionHead() + " " + s.failures());
  }

  @Test
  void malformedRowIsReportedWithItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AttributionEvaluation.parse(new StringReader("# header\ndev\tx\tنص\n"), "set.tsv"));
    assertTrue(e.getMessage().startsWith("set.tsv:2:"), e.getMessage());
  }

  @Test
  void unknownKindIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> AttributionEvaluation.parse(
        new StringReader("dev\tx\tقال الوزير إن الوضع مستقر.\tالوزير\tالوضع مستقر\tquoted\tasserts\n"), "set.tsv"));
  }

  @Test
  void overlapCountsSharedWords() {
    assertEquals(1.0, AttributionEvaluation.overlapF1("الوضع مستقر", "الوضع مستقر"), 1e-9);
    assertEquals(0.0, AttributionEvaluation.overlapF1("الوضع مستقر", "كلام آخر"), 1e-9);
    assertEquals(2 * 0.5 * 1.0 / 1.5, AttributionEvaluation.overlapF1("الوضع", "الوضع مستقر"), 1e-9);
  }

  @Test
  void shippedSetHoldsSixtySentencesInTwoSplits() throws IOException {
    AttributionEvaluation set = shipped();
    int dev = set.score("dev").items();
    int test = set.score("test").items();
    assertTrue(dev >= 30 && test >= 30, dev + " dev, " + test + " test");
  }

  @Test
  void devSplitStaysAboveTheMeasuredLevel() throws IOException {
    // regression guard for the quote and claim stages: measured 0.99 content F1 and 1.00 head-word speakers
    AttributionEvaluation.Scores s = shipped().score("dev");
    assertTrue(s.contentF1() >= 0.9, "content F1 " + s.contentF1() + " " + s.failures());
    assertTrue(s.speakerRecallHead() >= 0.9, "speaker recall " + s.speakerRecallHead() + " " + s.failures());
    assertTrue(s.stanceAccuracy() >= 0.9, "stance accuracy " + s.stanceAccuracy() + " " + s.failures());
  }
}
