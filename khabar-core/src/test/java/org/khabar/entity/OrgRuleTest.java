package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The organisation rule of {@link NerModel#withRules}: a certain name becomes one ORG chunk (issue #7). */
class OrgRuleTest {

  /** Applies the rule to {@code [start, end)} of space-separated tags and returns them the same way. */
  private static void check(String tags, int start, int end, String expected) {
    int[] t = Arrays.stream(tags.split(" ")).mapToInt(BioTags::parse).toArray();
    NerModel.forceOrg(t, start, end);
    String[] out = new String[t.length];
    for (int i = 0; i < t.length; i++) {
      out[i] = BioTags.name(t[i]);
    }
    assertEquals(expected, String.join(" ", out));
  }

  @Test
  void untaggedNameBecomesOrg() {
    check("O O O O", 1, 3, "O B-ORG I-ORG O");
  }

  @Test
  void partialOrgChunkGrowsToTheName() {
    check("O B-ORG O O", 1, 3, "O B-ORG I-ORG O");
  }

  @Test
  void longerOrgChunkTheModelFoundIsKept() {
    check("B-ORG I-ORG I-ORG I-ORG", 1, 3, "B-ORG I-ORG I-ORG I-ORG");
  }

  @Test
  void anotherClassOverTheNameWins() {
    check("O B-LOC I-LOC O", 1, 3, "O B-LOC I-LOC O");
  }

  @Test
  void chunkCutByTheNameStaysValid() {
    check("O O O I-PERS", 1, 3, "O B-ORG I-ORG B-PERS");
  }
}
