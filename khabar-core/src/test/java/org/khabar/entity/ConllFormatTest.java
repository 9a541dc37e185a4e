package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The CoNLL reader and the standard ANERcorp split recipe. */
class ConllFormatTest {

  private static List<NerSentence> read(String text) {
    return ConllFormat.read(new BufferedReader(new StringReader(text)), "test");
  }

  @Test
  void blankLinesSeparateSentences() {
    List<NerSentence> s = read("محمد B-PER\nقال O\n\n\nفي O\nدمشق B-LOC\n");
    assertEquals(2, s.size());
    assertEquals(List.of("في", "دمشق"), s.get(1).words());
    assertEquals(BioTags.begin(NerClass.PLACE), s.get(1).tag(1));
  }

  @Test
  void lastColumnIsTheTagAndWindowsLineEndsAreFine() {
    List<NerSentence> s = read("الأمم NN B-ORG\r\nالمتحدة NN I-ORG\r\n");
    assertEquals(List.of("الأمم", "المتحدة"), s.get(0).words());
    assertEquals(BioTags.inside(NerClass.ORG), s.get(0).tag(1));
  }

  @Test
  void malformedLineNamesSourceAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("a O\nb B-XYZ\n"));
    assertTrue(e.getMessage().startsWith("test:2:"), e.getMessage());
  }

  @Test
  void hostileInputEitherParsesOrFailsWithAMessage() {
    SplittableRandom random = new SplittableRandom(3);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(200);
      for (int i = 0; i < len; i++) {
        sb.append(random.nextInt(8) == 0 ? '\n' : random.nextInt(6) == 0 ? ' ' : (char) random.nextInt(0x700));
      }
      try {
        read(sb.toString());
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage().startsWith("test:"), e.getMessage());
      }
    }
  }

  @Test
  void splitBreaksAfterRunsOfPeriodsAndNormalises() {
    List<String[]> tokens = new ArrayList<>();
    for (String t : new String[] {"أ O", "\u00B7 O", "ب B-LOC", ". O", ". O", "\u200F O", "ج O", "\u2022 O", "د O"}) {
      tokens.add(t.split(" "));
    }
    List<NerSentence> s = AnerSplit.sentences(tokens);
    assertEquals(List.of("أ", "."), s.get(0).words());
    assertEquals(List.of("ب", ".", "."), s.get(1).words());
    assertEquals(List.of("ج", "."), s.get(2).words());
    assertEquals(List.of("د"), s.get(3).words());
  }

  @Test
  void splitPutsFiveSixthsOfTheWordsInTrain() {
    List<String[]> tokens = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      tokens.add(new String[] {i % 4 == 3 ? "." : "w" + i, "O"});
    }
    AnerSplit split = AnerSplit.standard(tokens);
    assertEquals(500, AnerSplit.words(split.train()));
    assertEquals(100, AnerSplit.words(split.test()));
    List<List<NerSentence>> dev = split.carveDev(0.1);
    assertEquals(split.train().size(), dev.get(0).size() + dev.get(1).size());
    assertEquals(split.train().get(split.train().size() - 1), dev.get(1).get(dev.get(1).size() - 1));
  }
}
