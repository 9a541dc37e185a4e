package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Clitic rules (issue #4), clitics.tsv: name, word, expected segmentation written as the original pieces, proclitics
 * followed by "+ ", the stem, then " +" and the pronoun ({@code و+ ب+ ال+ حكومة}, {@code كتاب +ه}); and
 * light_stems.tsv: name, word, expected light stem.
 */
class CliticAnalyzerTest {
  private final CliticAnalyzer analyzer = CliticAnalyzer.standard();

  static String render(Segmentation s) {
    StringBuilder b = new StringBuilder();
    for (Clitic c : s.proclitics()) {
      b.append(s.word(), c.start(), c.end()).append("+ ");
    }
    b.append(s.stem());
    if (s.enclitic() != null) {
      b.append(" +").append(s.word(), s.enclitic().start(), s.enclitic().end());
    }
    return b.toString().strip();
  }

  @TestFactory
  Stream<DynamicTest> segmentations() {
    return CaseTable.tests("clitics.tsv", 2, c -> assertEquals(c.col(1), render(analyzer.analyze(c.col(0))),
        c.where()));
  }

  @TestFactory
  Stream<DynamicTest> lightStems() {
    return CaseTable.tests("light_stems.tsv", 2, c -> assertEquals(c.col(1), analyzer.lightStem(c.col(0)),
        c.where()));
  }

  @Test
  void articleFormIsNormalisedAfterLam() {
    Segmentation s = analyzer.analyze("للحكومة");
    assertEquals("ال", s.proclitics().get(1).form());
    assertEquals(1, s.baseStart());
  }

  @Test
  void nonArabicWordStaysWhole() {
    assertEquals(Segmentation.whole("BBC"), analyzer.analyze("BBC"));
    assertEquals(Segmentation.whole(""), analyzer.analyze(null));
  }
}
