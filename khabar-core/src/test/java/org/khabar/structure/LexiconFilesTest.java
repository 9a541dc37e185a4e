package org.khabar.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure stage's knowledge files, read through {@link org.khabar.text.KnowledgeFile}. */
class LexiconFilesTest {
  @Test
  void aRowWithTooFewFieldsIsReportedByFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.rows("short-row.tsv", 2));
    assertTrue(e.getMessage().startsWith("org/khabar/structure/short-row.tsv:3: expected 2 fields"), e.getMessage());
  }

  @Test
  void rowsAreStrippedFieldsAfterTheHeader() {
    List<String[]> rows = Lexicon.rows("short-row.tsv", 1);
    assertEquals(2, rows.size());
    assertEquals(List.of("widget", "3"), List.of(rows.get(0)));
  }
}
