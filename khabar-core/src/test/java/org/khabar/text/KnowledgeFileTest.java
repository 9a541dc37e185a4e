package org.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeFileTest {
  @Test
  void rowsSkipTheSourceHeaderAndKnowTheirLine() {
    List<KnowledgeFile.Row> rows = KnowledgeFile.rows(ArabicNumbers.class, "number-words.tsv");
    assertFalse(rows.isEmpty());
    KnowledgeFile.Row first = rows.get(0);
    assertTrue(first.line() > 1, "the header comes first");
    assertFalse(first.text().startsWith("#"));
    assertEquals("org/khabar/text/number-words.tsv", first.resource());
  }

  @Test
  void aShortRowIsAnErrorNamingFileAndLine() {
    KnowledgeFile.Row row = new KnowledgeFile.Row("org/khabar/x.tsv", 7, "واحد");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> row.fields(3, "form, class, value"));
    assertTrue(e.getMessage().startsWith("org/khabar/x.tsv:7: expected form, class, value"), e.getMessage());
  }

  @Test
  void fieldsAreStrippedAndEmptyTrailingFieldsKept() {
    String[] f = new KnowledgeFile.Row("r", 1, "a \t b\t").fields();
    assertEquals(List.of("a", "b", ""), List.of(f));
  }

  @Test
  void aMissingResourceIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> KnowledgeFile.rows(ArabicNumbers.class, "no-such-file.tsv"));
    assertTrue(e.getMessage().contains("org/khabar/text/no-such-file.tsv"), e.getMessage());
  }
}
