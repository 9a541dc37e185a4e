package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.model.RawArticle;

/** The one JSON Lines corpus reader of the benchmark and training commands. */
class JsonLinesTest {
  @TempDir Path dir;

  @Test
  void articlesKeepTheirLinesAndMetadataAndSkipAMalformedLine() throws Exception {
    Path file = dir.resolve("c.jsonl");
    Files.writeString(file, """
        {"id": "a1", "title": "عنوان", "text": "سطر أول\\nسطر ثان", "url": "https://example.org/x"}
        {"text": "broken"
        
        {"text": "بلا رقم", "source": "وكالة"}
        ["not", "an", "object"]
        {"text": "بعد الحد"}
        """, StandardCharsets.UTF_8);
    StringWriter errors = new StringWriter();
    List<RawArticle> articles = JsonLines.articles(file, 2, new PrintWriter(errors, true));
    assertEquals(2, articles.size());
    RawArticle first = articles.get(0);
    assertEquals("a1", first.id());
    assertEquals(List.of("سطر أول", "سطر ثان"), first.lines());
    assertEquals("عنوان", first.metadata().title());
    assertEquals("https://example.org/x", first.source().url());
    RawArticle second = articles.get(1);
    assertEquals("line-4", second.id(), "no id: the line number");
    assertNull(second.metadata().title());
    assertTrue(errors.toString().contains(" line 2: malformed JSON"), errors.toString());
  }
}
