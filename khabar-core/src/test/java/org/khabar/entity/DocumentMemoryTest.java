package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The second stage's document memory and the organisation-context features' nisba test (issue #7). */
class DocumentMemoryTest {
  private static final int PERS = BioTags.begin(NerClass.PERSON);
  private static final int LOC = BioTags.begin(NerClass.PLACE);
  private static final int O = BioTags.O;

  /** Memory slots: PERSON, PLACE, ORG, MISC counts, other occurrences, first other occurrence's class + 1. */
  @Test
  void memoryCountsTheOtherOccurrencesAndTheFirstMentionsClass() {
    String[][] keys = {{"بوش", "قال"}, {"بوش", "في", "بوش"}};
    int[][] tags = {{PERS, O}, {O, O, LOC}};
    int[][][] m = NerModel.memory(keys, tags);
    // The first بوش: the others are O and PLACE; its first other occurrence was tagged O.
    assertArrayEquals(new int[] {0, 1, 0, 0, 2, 0}, m[0][0]);
    // The second: the others are PERSON and PLACE; the first other occurrence (the first mention) was a PERSON.
    assertArrayEquals(new int[] {1, 1, 0, 0, 2, 1}, m[1][0]);
    assertArrayEquals(new int[] {1, 0, 0, 0, 2, 1}, m[1][2]);
    // A word seen once has no memory.
    assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0}, m[0][1]);
  }

  @Test
  void nisbaAdjectivesAreRecognisedByTheirEnding() {
    assertEquals(1, NerFeatures.nisba("الامريكيه"));
    assertEquals(1, NerFeatures.nisba("اللبناني"));
    assertEquals(1, NerFeatures.nisba("الاسلاميين"));
    assertEquals(0, NerFeatures.nisba("الشرطه"));
    assertEquals(0, NerFeatures.nisba("وزاره"));
    assertEquals(0, NerFeatures.nisba("في"));
  }
}
