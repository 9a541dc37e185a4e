package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Proclitics are stripped only on evidence (issue #7: وببيلا → ببيلا, والتضامن → التضامن). */
class CliticStripperTest {
  private static final Map<String, Integer> LEXICON = Map.of(
      "ببيلا", 40, "روزنه", 30, "واشنطن", 900, "اشنطن", 0, "وليد", 300, "ليد", 2, "دمشق", 5000, "بدمشق", 800);
  private final CliticStripper stripper = new CliticStripper(k -> LEXICON.getOrDefault(k, 0));

  private void check(String key, int expected) {
    assertEquals(expected, stripper.prefixLength(key), key);
  }

  @Test
  void conjunctionBeforeAKnownNameIsStripped() {
    check("وببيلا", 1);
  }

  @Test
  void prepositionThatBeginsTheNameStays() {
    check("ببيلا", 0);
  }

  @Test
  void namesThatStartWithTheLetterStay() {
    check("واشنطن", 0);
    check("وليد", 0);
  }

  @Test
  void prefixesBeforeTheArticleAreStripped() {
    check("والتضامن", 1);
    check("وبالرقه", 2);
    check("للامم", 1);
    assertEquals("الامم", stripper.stripped("للامم"));
  }

  @Test
  void frequentRemainderWinsOverRareWhole() {
    check("لدمشق", 1);
    check("وبدمشق", 2);
  }

  @Test
  void shortWordsAreLeftAlone() {
    check("بل", 0);
    check("وب", 0);
    check("", 0);
  }
}
