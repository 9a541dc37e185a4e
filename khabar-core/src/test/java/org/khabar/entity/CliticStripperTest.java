package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Proclitics are stripped only on evidence (issue #7: وببيلا → ببيلا, والتضامن → التضامن). */
class CliticStripperTest {
  private static final Map<String, Integer> LEXICON = Map.ofEntries(
      Map.entry("ببيلا", 40), Map.entry("روزنه", 30), Map.entry("واشنطن", 900), Map.entry("اشنطن", 0),
      Map.entry("وليد", 300), Map.entry("ليد", 2), Map.entry("دمشق", 5000), Map.entry("بدمشق", 800),
      Map.entry("وفي", 9000), Map.entry("في", 90000), Map.entry("كوفي", 20), Map.entry("وزير", 700));
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
  void prepositionIsNotStrippedBeforeAConjunction() {
    check("كوفي", 0);
    check("لوزير", 1);
  }

  @Test
  void shortWordsAreLeftAlone() {
    check("بل", 0);
    check("وب", 0);
    check("", 0);
  }
}
