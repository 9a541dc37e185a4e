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

  @Test
  void aReaderGivesCommentsRowsAndTheFirstLine() throws Exception {
    KnowledgeFile.Contents c = KnowledgeFile.read("t.tsv",
        new java.io.StringReader("# source: hand\n\n# documents\t12\n  a\tb  \n#x\nc\n"));
    assertTrue(c.sourced());
    assertEquals("# source: hand", c.firstLine());
    assertEquals(List.of("a\tb", "c"), c.rows().stream().map(KnowledgeFile.Row::text).toList());
    assertEquals(List.of(4, 6), c.rows().stream().map(KnowledgeFile.Row::line).toList());
    assertEquals(3, c.comments().size());
  }

  @Test
  void aHeaderValueFollowsItsKeyAfterASpaceOrATab() throws Exception {
    KnowledgeFile.Contents c = KnowledgeFile.read("t",
        new java.io.StringReader("# source: x\n# documents 5\n# documentsX 9\n#  size\t7 \n"));
    assertEquals("5", c.header("documents"));
    assertEquals("7", c.header("size"));
    assertEquals(null, c.header("source:x"));
    assertEquals(null, c.header("missing"));
  }

  @Test
  void aFileWithoutASourceLineIsRefusedWhenOneIsRequired() throws Exception {
    KnowledgeFile.Contents c = KnowledgeFile.read("org/khabar/y.txt", new java.io.StringReader("a\n# source: late\n"));
    assertFalse(c.sourced());
    IllegalStateException e = assertThrows(IllegalStateException.class, c::requireSource);
    assertTrue(e.getMessage().startsWith("org/khabar/y.txt: "), e.getMessage());
    assertFalse(KnowledgeFile.read("e", new java.io.StringReader("")).sourced());
  }

  @Test
  void anAbsentResourceIsFoundEmpty() {
    assertTrue(KnowledgeFile.find(ArabicNumbers.class, "no-such-file.tsv").isEmpty());
    assertTrue(KnowledgeFile.find(ArabicNumbers.class, "number-words.tsv").isPresent());
  }

  @Test
  void anAbsoluteNameIsResolvedFromTheClassPathRootAndNamedSo() {
    List<KnowledgeFile.Row> rows = KnowledgeFile.rows(KnowledgeFileTest.class, "/org/khabar/text/number-words.tsv");
    assertEquals(KnowledgeFile.rows(ArabicNumbers.class, "number-words.tsv"), rows);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> KnowledgeFile.rows(ArabicNumbers.class, "/org/khabar/other/no-such-file.tsv"));
    assertTrue(e.getMessage().endsWith(" org/khabar/other/no-such-file.tsv"), e.getMessage());
  }

  @Test
  void aStreamIsGunzippedWhenItsNameEndsInGz() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write("# source: test\nجسر\t5\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    KnowledgeFile.Contents c = KnowledgeFile.read("t.tsv.gz", new java.io.ByteArrayInputStream(bytes.toByteArray()));
    assertEquals("t.tsv.gz", c.resource());
    assertEquals(List.of("جسر\t5"), c.rows().stream().map(KnowledgeFile.Row::text).toList());
    KnowledgeFile.Contents plain = KnowledgeFile.read("t.tsv",
        new java.io.ByteArrayInputStream("# source: test\na\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(2, plain.rows().get(0).line());
  }

  private static java.io.InputStream utf8(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void afterAFixedHeaderARowMayStartWithAHash() throws Exception {
    KnowledgeFile.Contents c = KnowledgeFile.readWithHeader("w.tsv", utf8("# source: test\n#sizes\t2\n#\t9\n\nو\t3\n"), 2);
    assertEquals(List.of("#\t9", "و\t3"), c.rows().stream().map(KnowledgeFile.Row::text).toList());
    assertEquals(List.of(3, 5), c.rows().stream().map(KnowledgeFile.Row::line).toList());
    assertEquals("2", c.header("sizes"));
  }

  @Test
  void aFixedHeaderLineThatIsNoCommentIsReportedByFileAndLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> KnowledgeFile.readWithHeader("w.tsv", utf8("# source: test\nو\t3\n"), 2));
    assertTrue(e.getMessage().startsWith("w.tsv:2: expected a '#' header line"), e.getMessage());
    IllegalStateException short_ = assertThrows(IllegalStateException.class,
        () -> KnowledgeFile.readWithHeader("w.tsv", utf8("# source: test\n"), 2));
    assertTrue(short_.getMessage().startsWith("w.tsv: expected 2 '#' header lines"), short_.getMessage());
  }
}
