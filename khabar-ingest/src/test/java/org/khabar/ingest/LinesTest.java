package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {
  private static void check(String text, List<String> expected) {
    assertEquals(expected, Lines.split(text));
  }

  @Test
  void everyLineBreakConventionSplits() {
    check("a\r\nb\rc\nd", List.of("a", "b", "c", "d"));
  }

  @Test
  void finalLineBreakOpensNoLine() {
    check("a\nb\n", List.of("a", "b"));
  }

  @Test
  void blankLinesKeepTheirNumber() {
    check("a\n\n\nb", List.of("a", "", "", "b"));
  }

  @Test
  void crLfIsOneBreak() {
    check("a\r\n\r\nb", List.of("a", "", "b"));
  }

  @Test
  void baseNameDropsFormatAndGzip() {
    assertEquals("story", Lines.baseName("story.txt.gz"));
    assertEquals("story.v2", Lines.baseName("story.v2.html"));
    assertEquals("README", Lines.baseName("README"));
  }
}
