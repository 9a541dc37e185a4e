package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Normalisation rules (issue #4), one case a line in normalisation.tsv: name, form (display|key), input, expected. */
class ArabicNormalizerTest {
  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();

  @TestFactory
  Stream<DynamicTest> rules() {
    return CaseTable.tests("normalisation.tsv", 3, c -> {
      AlignedText a = c.col(0).equals("display") ? normalizer.display(c.col(1)) : normalizer.key(c.col(1));
      assertEquals(c.col(2), a.text(), c.where());
    });
  }

  @Test
  void matchKeyIsTheKeyText() {
    for (CaseTable.Case c : CaseTable.read("normalisation.tsv", 3)) {
      assertEquals(normalizer.key(c.col(1)).text(), ArabicText.matchKey(c.col(1)), c.where());
      assertEquals(normalizer.keyText(c.col(1)), ArabicText.matchKey(c.col(1)), c.where());
      assertEquals(normalizer.display(c.col(1)).text(), normalizer.displayText(c.col(1)), c.where());
    }
  }

  @Test
  void keyIsIdempotent() {
    for (CaseTable.Case c : CaseTable.read("normalisation.tsv", 3)) {
      String once = ArabicText.matchKey(c.col(1));
      assertEquals(once, ArabicText.matchKey(once), c.where());
      String shown = normalizer.displayText(c.col(1));
      assertEquals(shown, normalizer.displayText(shown), c.where());
    }
  }

  @Test
  void spanOfKeyMapsBackToTheWordWithItsMarks() {
    String s = "قال الأُمَمُ المتّحـدة";
    AlignedText a = normalizer.key(s);
    int at = a.text().indexOf("المتحده");
    assertEquals("المتّحـدة", a.originalSpan(at, at + "المتحده".length()));
    assertEquals("الأُمَمُ", a.originalSpan(4, 9));
  }

  @Test
  void ligatureExpansionMapsEveryCharToTheLigature() {
    AlignedText a = normalizer.display("ﻻ بد");
    assertEquals("لا بد", a.text());
    assertEquals(0, a.originalStart(1));
    assertEquals(1, a.originalEnd(2));
    assertEquals("ﻻ", a.originalSpan(0, 2));
  }

  @Test
  void originalOffsetsMapIntoTheNormalisedText() {
    String s = "\u200Fو\u0640\u0640قال";
    AlignedText a = normalizer.key(s);
    assertEquals("وقال", a.text());
    assertEquals(0, a.normalizedStart(0));
    assertEquals(1, a.normalizedStart(4));
    assertEquals(4, a.normalizedEnd(s.length()));
    assertTrue(a.originalStart(0) >= 1);
  }

  @Test
  void collapsedSpaceMapsToTheWholeRun() {
    AlignedText a = normalizer.key("أ \t\n ب");
    assertEquals("ا ب", a.text());
    assertEquals(" \t\n ", a.originalSpan(1, 2));
  }

  @Test
  void nullAndEmptyGiveEmpty() {
    assertEquals("", normalizer.key(null).text());
    assertEquals("", normalizer.display("").text());
    assertEquals("", ArabicText.matchKey(""));
  }
}
