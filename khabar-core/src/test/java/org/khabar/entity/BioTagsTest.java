package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The BIO tag set and constrained Viterbi decoding. */
class BioTagsTest {

  @Test
  void parsesEverySpelling() {
    assertEquals(BioTags.begin(NerClass.PERSON), BioTags.parse("B-PERS"));
    assertEquals(BioTags.begin(NerClass.PERSON), BioTags.parse("B-PER"));
    assertEquals(BioTags.inside(NerClass.PLACE), BioTags.parse("I-LOC"));
    assertEquals(BioTags.inside(NerClass.MISC), BioTags.parse("I-MIS"));
    assertEquals(BioTags.inside(NerClass.ORG), BioTags.parse("ORG"));
    assertEquals(BioTags.O, BioTags.parse("O"));
    assertThrows(IllegalArgumentException.class, () -> BioTags.parse("B-FOO"));
  }

  @Test
  void namesRoundTrip() {
    for (int t = 0; t < BioTags.COUNT; t++) {
      assertEquals(t, BioTags.parse(BioTags.name(t)));
    }
  }

  @Test
  void chunksReadIoTagsAsConllevalDoes() {
    assertEquals(List.of(new BioTags.Chunk(NerClass.PLACE, 0, 2), new BioTags.Chunk(NerClass.ORG, 2, 3)),
        BioTags.chunks(NerScoresTest.tags("LOC LOC ORG O")));
  }

  @Test
  void viterbiOutputIsAlwaysValidBio() {
    SplittableRandom random = new SplittableRandom(1);
    int t = BioTags.COUNT;
    for (int round = 0; round < 500; round++) {
      int n = 1 + random.nextInt(30);
      float[] scores = new float[n * t];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = (float) (random.nextGaussian() * 5);
      }
      float[] transitions = new float[(t + 1) * t];
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = (float) (random.nextGaussian() * 5);
      }
      int[] path = NerModel.viterbi(scores, n, transitions);
      assertEquals(n, path.length);
      for (int i = 0; i < n; i++) {
        assertTrue(BioTags.allowed(i == 0 ? -1 : path[i - 1], path[i]), "round " + round + " position " + i);
      }
    }
  }

  @Test
  void viterbiFindsTheBestValidPath() {
    // Token 0 prefers I-PERS, which cannot start a sentence: the best valid path is B-PERS.
    int t = BioTags.COUNT;
    float[] scores = new float[2 * t];
    scores[BioTags.inside(NerClass.PERSON)] = 10;
    scores[BioTags.begin(NerClass.PERSON)] = 5;
    scores[t + BioTags.inside(NerClass.PERSON)] = 3;
    int[] path = NerModel.viterbi(scores, 2, new float[(t + 1) * t]);
    assertEquals(BioTags.begin(NerClass.PERSON), path[0]);
    assertEquals(BioTags.inside(NerClass.PERSON), path[1]);
  }
}
