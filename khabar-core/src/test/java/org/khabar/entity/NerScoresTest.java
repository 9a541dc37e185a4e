package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity-level exact-match evaluator (issue #7: CoNLL-style P/R/F1). */
class NerScoresTest {

  @Test
  void pooledScoresAddTheCountsOfEachPart() {
    int[] gold = {BioTags.begin(NerClass.PERSON), BioTags.inside(NerClass.PERSON), BioTags.O,
        BioTags.begin(NerClass.ORG)};
    int[] predicted = {BioTags.begin(NerClass.PERSON), BioTags.inside(NerClass.PERSON), BioTags.O, BioTags.O};
    NerScores a = new NerScores();
    a.add(gold, predicted);
    NerScores b = new NerScores();
    b.add(gold, gold);
    NerScores pooled = new NerScores();
    pooled.addAll(a);
    pooled.addAll(b);
    assertEquals(List.of(2, 2, 2), Arrays.stream(pooled.counts(NerClass.PERSON)).boxed().toList());
    assertEquals(List.of(1, 2, 1), Arrays.stream(pooled.counts(NerClass.ORG)).boxed().toList());
  }


  @Test
  void countsMatchTheTable() throws IOException {
    List<String> failures = new ArrayList<>();
    int cases = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        NerScoresTest.class.getResourceAsStream("ner-scores-cases.tsv"), StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        cases++;
        String[] f = line.split("\t", -1);
        NerScores scores = new NerScores();
        scores.add(tags(f[0]), tags(f[1]));
        for (NerClass c : NerClass.values()) {
          String expected = "0/0/0";
          for (String e : f[2].split(" ")) {
            if (e.startsWith(c.name() + "=")) {
              expected = e.substring(c.name().length() + 1);
            }
          }
          int[] n = scores.counts(c);
          String actual = n[0] + "/" + n[1] + "/" + n[2];
          if (!actual.equals(expected)) {
            failures.add("line " + lineNo + " " + c + ": expected " + expected + ", got " + actual);
          }
        }
      }
    }
    assertTrue(cases > 10);
    assertEquals(List.of(), failures);
  }

  @Test
  void microAverageLeavesMiscOut() {
    NerScores scores = new NerScores();
    scores.add(tags("B-PERS O B-MISC B-ORG"), tags("B-PERS O O B-LOC"));
    // PERSON 1/1/1, ORG 0/1/0, PLACE 0/0/1: micro P 1/2, R 1/2.
    assertEquals(0.5, scores.microPrecision(), 1e-9);
    assertEquals(0.5, scores.microRecall(), 1e-9);
    assertEquals(0.5, scores.microF1(), 1e-9);
    assertEquals(0.0, scores.recall(NerClass.MISC), 1e-9);
    assertEquals("0.5000", scores.figures().get("micro-F1"));
    assertTrue(scores.figures().containsKey("MISC F1"));
  }

  @Test
  void emptyPredictionsScoreZeroNotNaN() {
    NerScores scores = new NerScores();
    scores.add(tags("B-ORG I-ORG"), tags("O O"));
    assertEquals(0.0, scores.microF1());
    assertEquals(0.0, scores.precision(NerClass.ORG));
  }

  static int[] tags(String s) {
    return s.isBlank() ? new int[0] : Arrays.stream(s.trim().split(" ")).mapToInt(BioTags::parse).toArray();
  }
}
