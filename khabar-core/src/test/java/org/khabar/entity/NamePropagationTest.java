package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Name propagation within a document after the last pass ({@link NerModel#propagate}, issue #7). */
class NamePropagationTest {
  private static final int B_PERS = BioTags.begin(NerClass.PERSON);
  private static final int I_PERS = BioTags.inside(NerClass.PERSON);
  private static final int B_ORG = BioTags.begin(NerClass.ORG);
  private static final int B_LOC = BioTags.begin(NerClass.PLACE);
  private static final int O = BioTags.O;

  @Test
  void aNameTaggedTwiceIsTaggedWhereItWasMissed() {
    String[][] keys = {{"قال", "جورج", "بوش"}, {"جورج", "بوش", "ان"}, {"وصل", "جورج", "بوش", "امس"}};
    int[][] tags = {{O, B_PERS, I_PERS}, {B_PERS, I_PERS, O}, {O, O, O, O}};
    NerModel.propagate(keys, tags, 2);
    assertArrayEquals(new int[] {O, B_PERS, I_PERS, O}, tags[2]);
  }

  @Test
  void aNameTaggedOnceIsNotPropagatedWhenTwiceIsRequired() {
    String[][] keys = {{"قال", "حماس"}, {"حماس", "ان"}};
    int[][] tags = {{O, B_ORG}, {O, O}};
    NerModel.propagate(keys, tags, 2);
    assertArrayEquals(new int[] {O, O}, tags[1]);
  }

  @Test
  void theMajorityClassWinsAndTaggedTokensAreLeftAlone() {
    String[][] keys = {{"عمان", "عمان", "عمان"}, {"عمان", "و"}};
    int[][] tags = {{B_LOC, B_LOC, B_ORG}, {O, O}};
    NerModel.propagate(keys, tags, 2);
    assertArrayEquals(new int[] {B_LOC, B_LOC, B_ORG}, tags[0]);
    assertArrayEquals(new int[] {B_LOC, O}, tags[1]);
  }

  @Test
  void aMatchMayNotEndInsideAnotherName() {
    // "بوش" followed by a token inside a name: tagging it would split that name.
    String[][] keys = {{"بوش"}, {"بوش"}, {"بوش", "الابن"}};
    int[][] tags = {{B_PERS}, {B_PERS}, {O, I_PERS}};
    NerModel.propagate(keys, tags, 2);
    assertArrayEquals(new int[] {O, I_PERS}, tags[2]);
  }
}
