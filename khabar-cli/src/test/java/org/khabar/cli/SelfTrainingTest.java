package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sentence reader of the self-training pool ({@link SelfTraining#sentences}, issue #7). */
class SelfTrainingTest {
  @Test
  void sentencesAreCutAfterFinalMarksWithPunctuationApart() {
    List<List<String>> s = SelfTraining.sentences(
        "قال رئيس الوزراء، في بيروت اليوم: إن الحكومة ستجتمع.. وأضاف أن الوزراء سيناقشون الموازنة العامة للدولة!");
    assertEquals(2, s.size());
    assertEquals(List.of("قال", "رئيس", "الوزراء", "،", "في", "بيروت", "اليوم", ":", "إن", "الحكومة", "ستجتمع", ".",
        "."), s.get(0));
    assertEquals("!", s.get(1).get(s.get(1).size() - 1));
  }

  @Test
  void shortSentencesAndLinesAreDropped() {
    assertTrue(SelfTraining.sentences("عاجل.\nالطقس اليوم.\n").isEmpty());
  }

  @Test
  void hostileInputNeverThrows() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(400); k > 0; k--) {
        b.append((char) random.nextInt(0x700));
      }
      for (List<String> sentence : SelfTraining.sentences(b.toString())) {
        assertTrue(sentence.size() >= 6 && sentence.size() <= 60);
      }
    }
    assertTrue(SelfTraining.sentences("").isEmpty());
  }
}
