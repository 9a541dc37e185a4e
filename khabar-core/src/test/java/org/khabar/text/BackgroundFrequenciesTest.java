package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The background document-frequency table shared by the corpus and structure stages. */
class BackgroundFrequenciesTest {
  private static BackgroundFrequencies table(String text) throws IOException {
    return BackgroundFrequencies.read(KnowledgeFile.read("df.tsv", new StringReader(text)));
  }

  @Test
  void aTableGivesItsDocumentCountAndFrequencies() throws IOException {
    BackgroundFrequencies t = table("# source: test\n# documents 1000\nقال\t900\nجسر\t5\n");
    assertEquals(1000, t.documents());
    assertEquals(5, t.df("جسر"));
    assertEquals(0, t.df("نهر"));
  }

  @Test
  void aRowWithoutATabIsReportedByFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> table("# documents 3\nnotab\n"));
    assertTrue(e.getMessage().startsWith("df.tsv:2: expected term<TAB>df"), e.getMessage());
  }

  @Test
  void aCountThatIsNoNumberIsReportedByFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> table("# documents 3\nجسر\t5\nقال\tx\n"));
    assertTrue(e.getMessage().startsWith("df.tsv:3: not a number"), e.getMessage());
  }

  @Test
  void aDocumentCountThatIsNoNumberIsReportedByFile() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> table("# documents x\n"));
    assertTrue(e.getMessage().startsWith("df.tsv: "), e.getMessage());
  }

  @Test
  void aWrittenTableReadsBackAboveTheFloor() throws IOException {
    StringWriter w = new StringWriter();
    BackgroundFrequencies.of(7, Map.of("جسر", 3, "نهر", 1, "قال", 7)).write(w, 2, "a test");
    BackgroundFrequencies t = table(w.toString());
    assertTrue(w.toString().startsWith("# Background document frequencies"), w.toString());
    assertEquals(7, t.documents());
    assertEquals(3, t.df("جسر"));
    assertEquals(0, t.df("نهر"), "under the floor");
    assertTrue(w.toString().endsWith("\nقال\t7\nجسر\t3\n"), "most frequent first: " + w);
  }

  @Test
  void theShippedTableIsReadOnceFromTheCorpusStagesResource() {
    BackgroundFrequencies t = BackgroundFrequencies.standard();
    assertTrue(t.documents() > 10_000, "documents " + t.documents());
    assertTrue(t.df("رييس") > t.df("جسر"));
    assertTrue(BackgroundFrequencies.standard() == t);
  }
}
