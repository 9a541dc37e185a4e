package org.khabar.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The word clusters' resource format. */
class WordClustersTest {
  @Test
  void aWrittenTableReadsBackWithTheWordHash() throws IOException {
    WordClusters c = new WordClusters(Map.of("#", new WordClusters.Entry(9, new int[] {1, 7}),
        "قال", new WordClusters.Entry(40, new int[] {2, 3})), new int[] {4, 16}, "# source: test");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    c.write(bytes);
    WordClusters read = WordClusters.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals("# source: test", read.header());
    assertArrayEquals(new int[] {4, 16}, read.granularities());
    assertEquals(9, read.count("#"));
    assertArrayEquals(new int[] {1, 7}, read.clusters("#").orElseThrow());
    assertEquals(2, read.size());
  }

  @Test
  void aRowWithTooFewIdsIsReportedByFileAndLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("# source: test\n#granularities\t4\t16\nقال\t40\t2\t3\n#\t9\t1\n".getBytes(StandardCharsets.UTF_8));
    }
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WordClusters.read(new ByteArrayInputStream(bytes.toByteArray())));
    assertTrue(e.getMessage().startsWith(WordClusters.RESOURCE + ":4: expected 4 fields"), e.getMessage());
  }

  @Test
  void theBundledClustersKeepTheWordHash() {
    WordClusters bundled = WordClusters.bundled();
    assertTrue(bundled.size() > 10_000, "size " + bundled.size());
    assertTrue(bundled.count("#") > 0, "the row of the word # is data, not a comment");
    assertTrue(bundled.header().startsWith("# "), bundled.header());
  }
}
