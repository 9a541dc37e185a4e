package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    CharSequence[][] words = {{"قال", "جورج", "بوش"}, {"جورج", "بوش", "ان"}, {"وصل", "جورج", "بوش", "امس"}};
    int[][] tags = {{O, B_PERS, I_PERS}, {B_PERS, I_PERS, O}, {O, O, O, O}};
    NerModel.propagate(words, tags, 2);
    assertArrayEquals(new int[] {O, B_PERS, I_PERS, O}, tags[2]);
  }

  @Test
  void aPropagatedNameTakesTheNegatedMarginOfTheModelsO() {
    CharSequence[][] words = {{"قال", "حماس"}, {"حماس", "ان"}, {"وحماس", "ترفض"}};
    int[][] tags = {{O, B_ORG}, {B_ORG, O}, {O, O}};
    float[][] margins = {{1f, 2f}, {2f, 1f}, {0.5f, 3f}};
    NerModel.propagate(words, tags, 2, margins);
    assertArrayEquals(new int[] {B_ORG, O}, tags[2]);
    assertArrayEquals(new float[] {-0.5f, 3f}, margins[2]);
    assertArrayEquals(new float[] {1f, 2f}, margins[0]);
  }

  @Test
  void aNameTaggedOnceIsNotPropagatedWhenTwiceIsRequired() {
    CharSequence[][] words = {{"قال", "حماس"}, {"حماس", "ان"}};
    int[][] tags = {{O, B_ORG}, {O, O}};
    NerModel.propagate(words, tags, 2);
    assertArrayEquals(new int[] {O, O}, tags[1]);
  }

  @Test
  void theMajorityClassWinsAndTaggedTokensAreLeftAlone() {
    CharSequence[][] words = {{"عمان", "عمان", "عمان"}, {"عمان", "و"}};
    int[][] tags = {{B_LOC, B_LOC, B_ORG}, {O, O}};
    NerModel.propagate(words, tags, 2);
    assertArrayEquals(new int[] {B_LOC, B_LOC, B_ORG}, tags[0]);
    assertArrayEquals(new int[] {B_LOC, O}, tags[1]);
  }

  @Test
  void theFirstWordIsComparedWithoutItsProclitics() {
    CharSequence[][] words = {{"قالت", "حماس"}, {"حماس", "ان"}, {"ورفضت", "وحماس", "ذلك"}};
    int[][] tags = {{O, B_ORG}, {B_ORG, O}, {O, O, O}};
    NerModel.propagate(words, tags, 2);
    assertArrayEquals(new int[] {O, B_ORG, O}, tags[2]);
  }

  @Test
  void wordsAreComparedAsWrittenWithoutSpellingFolding() {
    // على (on) is not علي (Ali), though matching keys fold them together.
    CharSequence[][] words = {{"قال", "علي"}, {"علي", "ان"}, {"على", "الطاولة"}};
    int[][] tags = {{O, B_PERS}, {B_PERS, O}, {O, O}};
    NerModel.propagate(words, tags, 2);
    assertArrayEquals(new int[] {O, O}, tags[2]);
  }

  @Test
  void procliticsComeOffOnlyWhereThreeLettersStay() {
    assertEquals("حماس", NerModel.withoutProclitics("وحماس"));
    assertEquals("الأمم", NerModel.withoutProclitics("للأمم"));
    assertEquals("الجيش", NerModel.withoutProclitics("والجيش"));
    assertEquals("الجيش", NerModel.withoutProclitics("كالجيش"));
    assertEquals("وسط", NerModel.withoutProclitics("وسط"));
    assertEquals("ولد", NerModel.withoutProclitics("ولد"));
  }

  @Test
  void aMatchMayNotEndInsideAnotherName() {
    // "بوش" followed by a token inside a name: tagging it would split that name.
    CharSequence[][] words = {{"بوش"}, {"بوش"}, {"بوش", "الابن"}};
    int[][] tags = {{B_PERS}, {B_PERS}, {O, I_PERS}};
    NerModel.propagate(words, tags, 2);
    assertArrayEquals(new int[] {O, I_PERS}, tags[2]);
  }
}
