package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.text.ArabicText;
import org.khabar.text.KnowledgeFile;

/** The trigger-word list of the recogniser. */
class TriggersTest {
  private static List<KnowledgeFile.Row> rows(String text) throws IOException {
    return KnowledgeFile.read("triggers.tsv", new StringReader(text)).rows();
  }

  @Test
  void aWordListedUnderTwoKindsHasBoth() throws IOException {
    Triggers t = Triggers.read(rows("# source: test\nORG\tحركة\nPLACE\tحركة\nPERSON\tالرئيس\n"));
    assertEquals(Triggers.ORG | Triggers.PLACE, t.kinds(ArabicText.matchKey("حركة")));
    assertEquals(Triggers.PERSON, t.kinds(ArabicText.matchKey("الرئيس")));
    assertEquals(0, t.kinds(ArabicText.matchKey("بيت")));
  }

  @Test
  void anUnknownKindIsReportedByFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Triggers.read(rows("# source: test\nORG\tحركة\nTITLE\tالرئيس\n")));
    assertTrue(e.getMessage().startsWith("triggers.tsv:3: unknown kind TITLE"), e.getMessage());
  }

  @Test
  void aRowWithoutAKindIsReportedByFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Triggers.read(rows("# source: test\n\nحركة\n")));
    assertTrue(e.getMessage().startsWith("triggers.tsv:3: expected KIND<TAB>word"), e.getMessage());
  }

  @Test
  void theBundledListKnowsItsKinds() {
    Triggers t = Triggers.bundled();
    assertTrue((t.kinds(ArabicText.matchKey("وكالة")) & Triggers.ORG) != 0);
  }
}
