package org.khabar.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IDF tables: rare stems weigh more, and a written table reads back the same. */
class TermStatisticsTest {

  private static TermStatistics table() {
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      docs.add("قال المسؤول إن الاجتماع انتهى" + (i < 3 ? " بالاتفاق" : ""));
    }
    return TermStatistics.build(docs);
  }

  @Test
  void rareStemsWeighMoreThanCommonOnes() {
    TermStatistics t = table();
    assertTrue(t.idf(Stems.stem("اتفاق")) > t.idf(Stems.stem("اجتماع")));
    assertTrue(t.idf("كلمة-غير-موجودة") > t.idf(Stems.stem("اتفاق")));
  }

  @Test
  void writtenTableReadsBackIdentical() throws IOException {
    TermStatistics t = table();
    StringWriter w = new StringWriter();
    t.write(w, "test");
    TermStatistics back = TermStatistics.read(new StringReader(w.toString()));
    assertEquals(t.documents(), back.documents());
    assertEquals(t.idf(Stems.stem("اتفاق")), back.idf(Stems.stem("اتفاق")), 1e-12);
  }

  @Test
  void tableWithoutHeaderIsRefused() {
    assertThrows(IOException.class, () -> TermStatistics.read(new StringReader("قال\t3\n")));
  }

  @Test
  void aBadRowIsReportedByLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TermStatistics.read(new StringReader("# source: test\n# documents\t9\nقال\t3\nبلا-عدد\n")));
    assertTrue(e.getMessage().startsWith("term statistics:4: "), e.getMessage());
  }

  @Test
  void shippedTableIsBuiltFromTheAntCorpus() {
    assertTrue(TermStatistics.standard().documents() > 30_000);
  }

  @Test
  void lightStemsDropProcliticsAndSuffixes() {
    assertEquals("مسلح", Stems.stem("والمسلحين"));
    assertEquals(Stems.stem("الحكومة"), Stems.stem("حكومة"));
  }
}
